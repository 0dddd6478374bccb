/** What a help point is, once loaded from any source. */

/** The kinds of place, from the data: a préfecture's or sous-préfecture's point numérique, a France Services, another lieu de médiation numérique. */
export type PointKind = 'prefecture' | 'france-services' | 'mediation';

/** One place where a citizen can be helped in person. */
export interface HelpPoint {
  /** Unique within a points file: the source's id with a prefix (`fs-12`, `med-…`). */
  id: string;
  name: string;
  kind: PointKind;
  /** WGS84 degrees. */
  lat: number;
  lng: number;
  /** True when the position is the centroid of the postcode's commune, not the address. */
  approximate?: boolean;
  /** Street line, as written. */
  street?: string;
  /** Complement (building, floor, hamlet). */
  extra?: string;
  postcode?: string;
  city?: string;
  /** Département code (`48`, `2A`, `973`): gives the time zone and public holidays. */
  dep?: string;
  /** Phone number as shown (`04 66 00 00 00`). */
  phone?: string;
  email?: string;
  /** Opening hours in OSM `opening_hours` syntax (the canonical subset), when they could be read. */
  hours?: string;
  /** Opening hours as written in the source, when they could not be read. */
  hoursText?: string;
  /** Whether the place takes appointments (undefined: the data does not say). */
  appointments?: boolean;
  /** Link to book an appointment on line. */
  booking?: string;
  /** A bus or an itinerant service: not always at its address. */
  mobile?: boolean;
  /** A remark from the source (days of an itinerant service, how to book). */
  note?: string;
  /** Services offered, as the national standard names them. */
  services?: string[];
  /** Typology codes of the national standard (`PREF`, `RFS`, `CCAS`…). */
  typologie?: string[];
  /** National programmes (`France Services`, `Conseillers numériques`…). */
  programmes?: string[];
  /** Link to the place's accessibility sheet (acceslibre). */
  access?: string;
  /** Specific support the place offers (`Surdité`, `Handicaps moteurs`, `Déficience visuelle`…). */
  support?: string[];
}

/** The one service every France Services and préfecture point numérique offers by definition. */
export const ADMIN_SERVICE = 'Aide aux démarches administratives';

/** Whether a place offers a service (France Services and préfectures help with administrative procedures). */
export function offers(point: Pick<HelpPoint, 'kind' | 'services'>, service: string): boolean {
  if (point.services?.includes(service)) return true;
  return service === ADMIN_SERVICE && point.kind !== 'mediation';
}
