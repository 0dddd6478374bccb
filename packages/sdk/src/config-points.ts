/** The configuration of the help-points finder. */
import * as s from './schema.js';
import { url } from './config-common.js';

/** Where the points file and the geocoder are. */
export const pointsSchema = s.object({ src: s.optional(url), geocoder: s.optional(url) });
