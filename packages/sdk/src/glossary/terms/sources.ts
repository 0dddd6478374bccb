/**
 * What several glossary entries share: the official sites their "En savoir
 * plus" links to (only home pages), and where and when their facts were
 * checked. Imported by the entries' text files (`fr/<id>.ts`).
 */
export const ANTS = 'https://ants.gouv.fr';
export const SERVICE_PUBLIC = 'https://www.service-public.fr';
export const FRANCE_SERVICES = 'https://www.france-services.gouv.fr';
export const FRANCECONNECT = 'https://franceconnect.gouv.fr';
export const TIMBRES = 'https://timbres.impots.gouv.fr';
export const HISTOVEC = 'https://histovec.interieur.gouv.fr';
export const SECURITE_ROUTIERE = 'https://www.securite-routiere.gouv.fr';

// Where the facts of the entries were checked (dates, durations), as the 34 00 line's hours are.
export const CHECKED_ON = '2026-12-02';
export const ISSUE_14 =
  'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.';
export const DILA =
  'The service-public.fr glossary (DILA, about 2020; ../shared/data/glossaire-service-public-2020.json). Check service-public.fr before relying on it.';
export const ISSUE_14_AND_DILA = `${ISSUE_14} Also in the service-public.fr glossary (DILA, about 2020).`;
