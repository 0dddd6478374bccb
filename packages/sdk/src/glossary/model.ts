/**
 * The glossary and field-explainer models. A glossary entry explains a word
 * of administrative French ("certificat d'immatriculation"); a field
 * explainer explains a form field ("numéro de formule": what, why, where).
 * Both are data, in French and English, written in the project's own words.
 */

/** What an entry is about. */
export type GlossaryDomain = 'vehicle' | 'licence' | 'identity' | 'general';

/** An entry's texts in one language. */
export interface GlossaryText {
  /** The word as shown and matched, e.g. "certificat d'immatriculation". */
  term: string;
  /** Other forms found in forms: plural, without accents, acronym or expansion ("carte grise", "CI"). */
  variants?: string[];
  /** A plain definition: one or two short sentences, at most about 25 words. */
  definition: string;
  /** The easy-to-read (FALC) version: very short sentences, everyday words. */
  easy: string;
  /** An example, e.g. "Exemple : AB-123-CD". */
  example?: string;
  /**
   * The everyday word to use instead, when there is one ("acheteur" for
   * "acquéreur"): `relais-lint` suggests it when it finds the term.
   */
  plain?: string;
}

/**
 * When and where the facts an entry states (delays, durations, prices) were
 * checked, as the 34 00 line's hours are (`antsPhone.checked`).
 */
export interface CheckedFacts {
  /** The day of the check, "YYYY-MM-DD". */
  on: string;
  /** Where: the sources read, and what to check again before relying on them. */
  where: string;
  /** The facts themselves, as the entry's texts state them. */
  facts: string[];
}

/** One glossary entry. */
export interface GlossaryEntry {
  /** Stable id, lower case with dashes: "certificat-immatriculation". */
  id: string;
  domain: GlossaryDomain;
  fr: GlossaryText;
  en: GlossaryText;
  /** "En savoir plus": an https link to an official page. */
  link?: string;
  /** Where and when its facts were checked. */
  checked?: CheckedFacts;
}

/** An entry without its English texts (`glossary-fr.ts`: the index joined with the French texts). */
export type GlossaryBase = Omit<GlossaryEntry, 'en'>;

/** What finding a word and naming its button need, in one language: the term and its other forms. */
export type GlossaryForms = Pick<GlossaryText, 'term' | 'variants'>;

/** An entry of the French index (`glossary-fr-index.ts`): what a page loads first, before any entry's texts. */
export interface GlossaryIndexEntry {
  id: string;
  domain: GlossaryDomain;
  fr: GlossaryForms;
}

/** An entry as a page lists it: the index's (French forms only, before any texts), or a whole entry. What finding a word reads. */
export type GlossaryListed = GlossaryIndexEntry | GlossaryEntry;

/** An entry's French texts, apart from the index (`terms/fr/<id>.ts`): what its explanation shows, and its checked facts. */
export interface GlossaryEntryTexts {
  fr: Omit<GlossaryText, keyof GlossaryForms>;
  link?: string;
  checked?: CheckedFacts;
}

/** A picture that shows where to find a value, with a text alternative that says where to look. */
export interface ExplainerPicture {
  /** URL of the picture (relative to the page, or https), or an inline SVG data URL. */
  src: string;
  /** Where to look, not what the picture is made of: "En haut à gauche du certificat, à côté de la lettre D.2". */
  alt: string;
}

/** A field explainer's texts in one language. */
export interface FieldExplainerText {
  /** The field's usual label: "Numéro de formule". */
  label: string;
  /** One sentence for the field's accessible description. */
  summary: string;
  /** What is asked. */
  what: string;
  /** Why it is asked. */
  why: string;
  /** Where to find it. */
  where: string;
  /** A valid value, e.g. "2013AB12345". */
  example?: string;
  /** The easy-to-read (FALC) version. */
  easy: string;
  picture?: ExplainerPicture;
}

/** A field explainer without its English texts: what a French page loads (`explainers-fr.ts`). */
export type ExplainerBase = Omit<FieldExplainer, 'en'>;

/** One field explainer, by topic id. */
export interface FieldExplainer {
  /** Topic id, lower case with dashes: "numero-formule". */
  id: string;
  domain: GlossaryDomain;
  fr: FieldExplainerText;
  en: FieldExplainerText;
  /** Glossary entries that this field's texts use. */
  related?: string[];
  /** Where and when its facts were checked. */
  checked?: CheckedFacts;
}
