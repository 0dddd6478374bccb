/** The configuration of the help-points finder (`help.points`). */
import * as s from './schema.js';
import { url } from './config-common.js';

/** Where the points file and the geocoder are. */
export const pointsSchema = s.object({
  src: s.optional(
    s.describe(
      url,
      'URL of the points file written by `relais-points build … --out DIR` (DIR/points.json). Without it, the finder links to the national maps.',
    ),
  ),
  geocoder: s.optional(
    s.describe(
      url,
      'URL of a geocoding service answering like the national address API\'s `search` (GeoJSON features), e.g. "https://api-adresse.data.gouv.fr/search/". Without it, the points file\'s own postcode table is used.',
    ),
  ),
});
