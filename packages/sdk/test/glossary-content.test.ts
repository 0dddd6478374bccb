/**
 * The default glossary and field explainers are content a citizen reads:
 * these checks hold them to the writing rules (short plain definitions,
 * easy-to-read versions, French typography, official links only, valid
 * examples) and to what the matcher needs (unique ids, no word that points
 * to two entries). Each check is a function returning the problems it
 * finds, run on the real data (no problem expected) and on a deliberately
 * broken sample (the problem must be caught).
 */
import { describe, expect, it } from 'vitest';
import { defaultExplainers } from '../src/glossary/default-explainers.js';
import { explainersEnglish } from '../src/glossary/explainers-en.js';
import { explainersFrench } from '../src/glossary/explainers-fr.js';
import { defaultGlossary } from '../src/glossary/default-glossary.js';
import { glossaryEnglish } from '../src/glossary/glossary-en.js';
import { glossaryFrench } from '../src/glossary/glossary-fr.js';
import type { FieldExplainer, GlossaryEntry } from '../src/glossary/model.js';
import { validateExplainers, validateGlossary } from '../src/glossary/validate.js';

type Lang = 'fr' | 'en';
const LANGS: Lang[] = ['fr', 'en'];

// ─── Helpers ─────────────────────────────────────────────────────────────────

/** Accent-, case-, apostrophe-, hyphen- and space-insensitive form, as the matcher compares words. */
const normalise = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ]/g, "'")
    .replace(/[-\s\u00a0\u202f]+/g, ' ')
    .trim();

/** Words: runs of text between spaces that hold a letter or a digit ("d'immatriculation" is one). */
const words = (s: string): string[] => s.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Sentences: split after . ! ? followed by a space. */
const sentences = (s: string): string[] =>
  s
    .split(/(?<=[.!?])[\s\u00a0]+/u)
    .map((x) => x.trim())
    .filter(Boolean);

const formsOf = (entry: GlossaryEntry, lang: Lang): string[] => [entry[lang].term, ...(entry[lang].variants ?? [])];

const isBlank = (s: string | undefined): boolean => !s || !s.trim();

// ─── Writing rules ───────────────────────────────────────────────────────────

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOMAINS = new Set(['vehicle', 'licence', 'identity', 'general']);
const MAX_DEFINITION_WORDS = 30;
const MAX_EASY_SENTENCE_WORDS = 15;

/** Official sites whose home page an entry may link to ("En savoir plus"). */
const OFFICIAL_HOSTS = new Set([
  'ants.gouv.fr',
  'www.service-public.fr',
  'www.service-public.gouv.fr',
  'www.france-services.gouv.fr',
  'franceconnect.gouv.fr',
  'timbres.impots.gouv.fr',
  'www.impots.gouv.fr',
  'histovec.interieur.gouv.fr',
  'www.securite-routiere.gouv.fr',
]);

/**
 * Forms that may belong to two entries of the same language. None today:
 * every term and variant points to exactly one entry.
 */
const SHARED_FORMS_ALLOWED: Record<Lang, string[]> = { fr: [], en: [] };

/**
 * Short words a variant must not be, because the matcher (case- and
 * accent-insensitive, hyphens as word boundaries) would find them in
 * ordinary text: "CI" in "ci-dessous", "VIN" (wine), "CV" (a résumé)…
 */
const TOO_COMMON: Record<Lang, string[]> = {
  fr: [
    'ci',
    'ce',
    'cv',
    'dr',
    'ct',
    'ar',
    'vin',
    'an',
    'or',
    'et',
    'en',
    'le',
    'la',
    'code',
    'titre',
    'permis',
    'points',
    'retrait',
    'compte',
    'carte',
    'demande',
    'dossier',
    'photo',
    'numero',
    'date',
    'nom',
    'adresse',
  ],
  en: [
    'id',
    'it',
    'an',
    'or',
    'us',
    'code',
    'title',
    'licence',
    'license',
    'points',
    'card',
    'number',
    'date',
    'name',
    'address',
    'file',
    'photo',
    'account',
    'receipt',
    'proof',
  ],
};

/** Units that take a no-break space after their number in French. */
const FR_UNIT = /\d[ \t]+(mois|ans?|jours?|heures?|minutes?|chiffres?|caractères?|lettres?|points?|tonnes?|places?|questions?|euros?|€|ko|Mo)(?![\p{L}])/u;

/** French typography: U+00A0 (or U+202F) before : ; ! ? and between a number and its unit; « » spaced inside. */
function frenchTypography(text: string, where: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/[:;!?]/g)) {
    const i = m.index;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (before === '\u00a0' || before === '\u202f') continue;
    if (/\d/.test(before) && /\d/.test(after)) continue; // a time, 10:30
    problems.push(`${where}: no-break space needed before "${m[0]}" in "${text.slice(Math.max(0, i - 20), i + 2)}"`);
  }
  const unit = FR_UNIT.exec(text);
  if (unit) problems.push(`${where}: no-break space needed between a number and its unit in "${unit[0]}"`);
  if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(text)) problems.push(`${where}: « » need no-break spaces inside`);
  return problems;
}

/** English typography: no space before : ; ! ? (a French habit). */
function englishTypography(text: string, where: string): string[] {
  const m = /[\s\u00a0\u202f][:;!?]/.exec(text);
  return m ? [`${where}: no space before "${m[0].trim()}" in English`] : [];
}

const typography = (lang: Lang, text: string, where: string): string[] => (lang === 'fr' ? frenchTypography(text, where) : englishTypography(text, where));

/** Easy-to-read (FALC): short sentences, no acronyms, no abbreviations. */
function easyToRead(text: string, where: string): string[] {
  const problems: string[] = [];
  for (const s of sentences(text)) {
    const n = words(s).length;
    if (n > MAX_EASY_SENTENCE_WORDS) problems.push(`${where}: easy-to-read sentence of ${n} words (max ${MAX_EASY_SENTENCE_WORDS}): "${s}"`);
  }
  const acronym = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u.exec(text);
  if (acronym) problems.push(`${where}: easy-to-read text uses the acronym "${acronym[0]}"`);
  const abbreviation = /(?<![\p{L}])(etc|ex|cf|env|min|max)\.|n°/iu.exec(text);
  if (abbreviation) problems.push(`${where}: easy-to-read text uses the abbreviation "${abbreviation[0]}"`);
  return problems;
}

/** An https link to the home page of an official site. */
function officialLink(link: string, where: string): string[] {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return [`${where}: "${link}" is not a URL`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push(`${where}: "${link}" is not https`);
  if (!OFFICIAL_HOSTS.has(url.hostname)) problems.push(`${where}: "${url.hostname}" is not a listed official site`);
  if (url.pathname !== '/' || url.search || url.hash) problems.push(`${where}: "${link}" is not a home page (no deep links)`);
  return problems;
}

// ─── Checks of the glossary ──────────────────────────────────────────────────

function idProblems(ids: string[], what: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (!ID.test(id)) problems.push(`${what} id "${id}" is not lower case with dashes`);
    if (seen.has(id)) problems.push(`${what} id "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}

function entryTextProblems(entries: GlossaryEntry[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    if (!DOMAINS.has(e.domain)) problems.push(`${e.id}: unknown domain "${e.domain}"`);
    for (const lang of LANGS) {
      const t = e[lang];
      const where = `${e.id}.${lang}`;
      if (!t) {
        problems.push(`${where}: missing`);
        continue;
      }
      if (isBlank(t.term)) problems.push(`${where}.term is empty`);
      if (isBlank(t.definition)) problems.push(`${where}.definition is empty`);
      if (isBlank(t.easy)) problems.push(`${where}.easy is empty`);
      for (const v of t.variants ?? []) if (isBlank(v)) problems.push(`${where}: empty variant`);
      const n = words(t.definition ?? '').length;
      if (n > MAX_DEFINITION_WORDS) problems.push(`${where}.definition has ${n} words (max ${MAX_DEFINITION_WORDS})`);
      if (t.example !== undefined) {
        const prefix = lang === 'fr' ? 'Exemple\u00a0: ' : 'Example: ';
        if (!t.example.startsWith(prefix) || t.example.length <= prefix.length)
          problems.push(`${where}.example must start with "${prefix}" and give an example`);
      }
    }
  }
  return problems;
}

/** A definition must say more than the term: once the entry's own forms are taken out, at least 3 words remain. */
function circularDefinitions(entries: GlossaryEntry[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    for (const lang of LANGS) {
      let rest = ` ${normalise(e[lang].definition).replace(/[.,;:!?()«»"]/g, ' ')} `;
      const forms = formsOf(e, lang)
        .map(normalise)
        .sort((a, b) => b.length - a.length);
      for (const f of forms) rest = rest.split(` ${f} `).join(' ');
      if (words(rest).length < 3) problems.push(`${e.id}.${lang}.definition only repeats its own term`);
    }
  }
  return problems;
}

/** No term or variant may point to two entries of the same language (the matcher could not choose). */
function sharedForms(entries: GlossaryEntry[]): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const form of new Set(formsOf(e, lang).map(normalise))) {
        const first = owner.get(form);
        if (first && first !== e.id && !SHARED_FORMS_ALLOWED[lang].includes(form)) problems.push(`${lang}: "${form}" belongs to both "${first}" and "${e.id}"`);
        else owner.set(form, e.id);
      }
      for (const form of formsOf(e, lang))
        if (TOO_COMMON[lang].includes(normalise(form))) problems.push(`${e.id}.${lang}: "${form}" is too common a word to be matched`);
    }
  }
  return problems;
}

function entryTypography(entries: GlossaryEntry[]): string[] {
  return entries.flatMap((e) =>
    LANGS.flatMap((lang) => {
      const t = e[lang];
      const texts: [string, string][] = [
        ['term', t.term],
        ['definition', t.definition],
        ['easy', t.easy],
        ...(t.variants ?? []).map((v, i): [string, string] => [`variants[${i}]`, v]),
        ...(t.example ? [['example', t.example] as [string, string]] : []),
      ];
      return texts.flatMap(([k, text]) => typography(lang, text, `${e.id}.${lang}.${k}`));
    }),
  );
}

const entryEasy = (entries: GlossaryEntry[]): string[] => entries.flatMap((e) => LANGS.flatMap((lang) => easyToRead(e[lang].easy, `${e.id}.${lang}.easy`)));

const entryLinks = (entries: GlossaryEntry[]): string[] => entries.flatMap((e) => (e.link === undefined ? [] : officialLink(e.link, `${e.id}.link`)));

// ─── Checks of the field explainers ──────────────────────────────────────────

/** Explainers whose value has no format we are sure of: they give no example on purpose. */
const NO_EXAMPLE = new Set(['code-cession', 'code-photo', 'signature', 'numero-pre-demande', 'identifiant-franceconnect', 'numero-dossier']);

/** A valid value for these fields must match the format the procedures expect. */
const EXAMPLE_FORMATS: Record<string, RegExp> = {
  'numero-formule': /^\d{4}[A-Z]{2}\d{5}$/,
  'numero-immatriculation': /^[A-Z]{2}-\d{3}-[A-Z]{2}$/,
  neph: /^\d{12}$/,
  'date-premiere-immatriculation': /^\d{2}\/\d{2}\/\d{4}$/,
  'date-cession': /^\d{2}\/\d{2}\/\d{4}$/,
  'date-naissance': /^\d{2}\/\d{2}\/\d{4}$/,
  'adresse-email': /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/,
};

/** An alt that says where to look (not what the picture is made of). */
const WHERE: Record<Lang, RegExp> = {
  fr: /\b(en haut|en bas|à gauche|à droite|case|lettre|ligne|coin|au dos|sur (le|la|les)|dans (le|la|les))\b/iu,
  en: /\b(top|bottom|left|right|box|letter|line|corner|on the|in the|back of)\b/i,
};
const DESCRIBES_PICTURE = /^(image|dessin|schéma|illustration|photo|picture|drawing|sketch|diagram)\b/i;

function explainerProblems(explainers: FieldExplainer[], glossaryIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const x of explainers) {
    if (!DOMAINS.has(x.domain)) problems.push(`${x.id}: unknown domain "${x.domain}"`);
    for (const lang of LANGS) {
      const t = x[lang];
      const where = `${x.id}.${lang}`;
      for (const k of ['label', 'summary', 'what', 'why', 'where', 'easy'] as const) if (isBlank(t[k])) problems.push(`${where}.${k} is empty`);
      if (!NO_EXAMPLE.has(x.id) && isBlank(t.example)) problems.push(`${where}.example is missing`);
      if (NO_EXAMPLE.has(x.id) && t.example !== undefined) problems.push(`${where}.example is given: take "${x.id}" out of NO_EXAMPLE`);
      const summary = sentences(t.summary ?? '');
      if (summary.length !== 1 || !/[.]$/.test(t.summary)) problems.push(`${where}.summary must be exactly one sentence`);
      if (words(t.summary ?? '').length > MAX_DEFINITION_WORDS) problems.push(`${where}.summary is too long`);
      if (normalise(t.summary ?? '') === normalise(t.label ?? '')) problems.push(`${where}.summary only repeats the label`);
      const format = EXAMPLE_FORMATS[x.id];
      if (format && t.example !== undefined && !format.test(t.example.replace(/[\u00a0\u202f]/g, ' ')))
        problems.push(`${where}.example "${t.example}" does not match ${format}`);
      for (const k of ['label', 'summary', 'what', 'why', 'where', 'easy', 'example'] as const) {
        const text = t[k];
        if (text) problems.push(...typography(lang, text, `${where}.${k}`));
      }
      problems.push(...easyToRead(t.easy ?? '', `${where}.easy`));
      if (t.picture) {
        const { src, alt } = t.picture;
        const prefix = 'data:image/svg+xml,';
        if (!src.startsWith(prefix)) problems.push(`${where}.picture is not an inline SVG data URL`);
        else {
          const svg = decodeURIComponent(src.slice(prefix.length));
          if (!svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') || !svg.endsWith('</svg>'))
            problems.push(`${where}.picture is not a whole SVG document`);
        }
        if (isBlank(alt)) problems.push(`${where}.picture.alt is empty`);
        else {
          if (!WHERE[lang].test(alt)) problems.push(`${where}.picture.alt does not say where to look: "${alt}"`);
          if (DESCRIBES_PICTURE.test(alt)) problems.push(`${where}.picture.alt describes the picture instead of where to look`);
          problems.push(...typography(lang, alt, `${where}.picture.alt`));
        }
      }
    }
    if (Boolean(x.fr.picture) !== Boolean(x.en.picture)) problems.push(`${x.id}: picture in one language only`);
    for (const id of x.related ?? []) if (!glossaryIds.has(id)) problems.push(`${x.id}.related: no glossary entry "${id}"`);
  }
  return problems;
}

const glossaryIds = new Set(defaultGlossary.map((e) => e.id));
const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no "${id}" in the list`);
  return found;
};

// ─── The default content ─────────────────────────────────────────────────────

describe('default glossary', () => {
  it('has at least 60 entries, covering the four domains', () => {
    expect(defaultGlossary.length).toBeGreaterThanOrEqual(60);
    for (const d of DOMAINS) expect(defaultGlossary.filter((e) => e.domain === d).length, d).toBeGreaterThanOrEqual(5);
  });

  it('has its English texts for exactly its entries (glossary-en.ts by id, glossary-fr.ts in order)', () => {
    expect(Object.keys(glossaryEnglish).sort()).toEqual(glossaryFrench.map((e) => e.id).sort());
    for (const entry of defaultGlossary) expect(entry.en, entry.id).toBe(glossaryEnglish[entry.id]);
  });

  it('explains the words the issue names', () => {
    for (const id of [
      'certificat-immatriculation',
      'numero-formule',
      'code-cession',
      'neph',
      'timbre-fiscal',
      'justificatif-domicile',
      'pre-demande',
      'carte-nationale-identite',
      'passeport',
      'permis-de-conduire',
      'franceconnect',
      'france-services',
    ])
      expect(glossaryIds.has(id), id).toBe(true);
    expect(formsOf(byId(defaultGlossary, 'certificat-immatriculation'), 'fr')).toContain('carte grise');
  });

  it('has unique, well-formed ids', () => {
    expect(
      idProblems(
        defaultGlossary.map((e) => e.id),
        'glossary',
      ),
    ).toEqual([]);
  });

  it('has a term, a definition of at most 30 words and an easy version in French and English', () => {
    expect(entryTextProblems(defaultGlossary)).toEqual([]);
  });

  it('has no definition that only repeats its term', () => {
    expect(circularDefinitions(defaultGlossary)).toEqual([]);
  });

  it('has no term or variant pointing to two entries, and no variant too common to match', () => {
    expect(sharedForms(defaultGlossary)).toEqual([]);
  });

  it('follows French typography in French and English typography in English', () => {
    expect(entryTypography(defaultGlossary)).toEqual([]);
  });

  it('keeps the easy-to-read versions easy: short sentences, no acronym, no abbreviation', () => {
    expect(entryEasy(defaultGlossary)).toEqual([]);
  });

  it('links only to the home page of official sites, over https', () => {
    expect(entryLinks(defaultGlossary)).toEqual([]);
    expect(defaultGlossary.filter((e) => e.link).length).toBeGreaterThanOrEqual(10);
  });

  it('gives examples in the expected formats', () => {
    expect(byId(defaultGlossary, 'numero-formule').fr.example).toMatch(/^Exemple\u00a0: \d{4}[A-Z]{2}\d{5}$/);
    expect(byId(defaultGlossary, 'numero-immatriculation').fr.example).toMatch(/^Exemple\u00a0: [A-Z]{2}-\d{3}-[A-Z]{2}$/);
    expect(byId(defaultGlossary, 'neph').fr.example).toMatch(/^Exemple\u00a0: \d{12}$/);
  });
});

describe('default field explainers', () => {
  it('has its English texts for exactly its topics (explainers-en.ts by id, explainers-fr.ts in order)', () => {
    expect(Object.keys(explainersEnglish).sort()).toEqual(explainersFrench.map((x) => x.id).sort());
    for (const topic of defaultExplainers) expect(topic.en, topic.id).toBe(explainersEnglish[topic.id]);
  });

  it('has at least 15 explainers with unique, well-formed ids', () => {
    expect(defaultExplainers.length).toBeGreaterThanOrEqual(15);
    expect(
      idProblems(
        defaultExplainers.map((x) => x.id),
        'explainer',
      ),
    ).toEqual([]);
  });

  it('covers the fields the issue names', () => {
    const ids = new Set(defaultExplainers.map((x) => x.id));
    for (const id of [
      'numero-immatriculation',
      'numero-formule',
      'code-cession',
      'date-premiere-immatriculation',
      'neph',
      'numero-dossier',
      'timbre-fiscal',
      'code-photo',
      'justificatif-domicile',
      'numero-pre-demande',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it('has every text, a one-sentence summary, typography, easy versions, pictures and related entries right', () => {
    expect(explainerProblems(defaultExplainers, glossaryIds)).toEqual([]);
  });

  it('gives valid example values where the format is known', () => {
    expect(byId(defaultExplainers, 'numero-formule').fr.example).toMatch(/^\d{4}[A-Z]{2}\d{5}$/);
    expect(byId(defaultExplainers, 'numero-immatriculation').fr.example).toMatch(/^[A-Z]{2}-\d{3}-[A-Z]{2}$/);
    expect(byId(defaultExplainers, 'neph').fr.example).toMatch(/^\d{12}$/);
    for (const lang of LANGS) expect(byId(defaultExplainers, 'numero-formule')[lang].example).toBe('2013AB12345');
  });

  it('shows where to look on two or three of them, with an alt that says where', () => {
    const withPicture = defaultExplainers.filter((x) => x.fr.picture);
    expect(withPicture.length).toBeGreaterThanOrEqual(2);
    expect(withPicture.length).toBeLessThanOrEqual(3);
    expect(byId(defaultExplainers, 'numero-formule').fr.picture?.alt).toMatch(/en haut/i);
  });
});

describe("the SDK's own validation", () => {
  it('accepts the default glossary and explainers as they are', () => {
    expect(validateGlossary(defaultGlossary, 'defaultGlossary')).toEqual([]);
    expect(validateExplainers(defaultExplainers, glossaryIds, 'defaultExplainers')).toEqual([]);
  });
});

// ─── The checks catch broken content ─────────────────────────────────────────

describe('the checks catch deliberately broken content', () => {
  const sample = (): GlossaryEntry => structuredClone(byId(defaultGlossary, 'code-cession'));
  const sampleExplainer = (): FieldExplainer => structuredClone(byId(defaultExplainers, 'numero-formule'));

  it('a plain space before a colon, and between a number and its unit, in French', () => {
    const e = sample();
    e.fr.definition = 'Le code du vendeur : valable 15 jours.';
    expect(entryTypography([e])).toEqual([
      expect.stringContaining('no-break space needed before ":"'),
      expect.stringContaining('between a number and its unit'),
    ]);
  });

  it('a variant that points to two entries', () => {
    const e = sample();
    e.fr.variants = [...(e.fr.variants ?? []), 'Carte grise'];
    expect(sharedForms([byId(defaultGlossary, 'certificat-immatriculation'), e])).toEqual([
      'fr: "carte grise" belongs to both "certificat-immatriculation" and "code-cession"',
    ]);
  });

  it('an acronym that is also a common word', () => {
    const e = sample();
    e.fr.variants = ['CI'];
    expect(sharedForms([e])).toEqual(['code-cession.fr: "CI" is too common a word to be matched']);
  });

  it('a definition that is too long, empty or only repeats the term', () => {
    const e = sample();
    e.en.definition = Array.from({ length: 31 }, () => 'word').join(' ');
    e.fr.easy = ' ';
    expect(entryTextProblems([e])).toEqual(['code-cession.fr.easy is empty', 'code-cession.en.definition has 31 words (max 30)']);
    const c = sample();
    c.fr.definition = 'Le code de cession.';
    expect(circularDefinitions([c])).toEqual(['code-cession.fr.definition only repeats its own term']);
  });

  it('a duplicated or badly formed id', () => {
    expect(idProblems(['code-cession', 'Code_Cession', 'code-cession'], 'glossary')).toEqual([
      'glossary id "Code_Cession" is not lower case with dashes',
      'glossary id "code-cession" is used twice',
    ]);
  });

  it('a deep link, a plain http link and an unofficial site', () => {
    const e = sample();
    e.link = 'https://ants.gouv.fr/nos-missions/la-carte-grise';
    const f = sample();
    f.link = 'http://www.example.com/';
    expect(entryLinks([e, f])).toEqual([
      'code-cession.link: "https://ants.gouv.fr/nos-missions/la-carte-grise" is not a home page (no deep links)',
      'code-cession.link: "http://www.example.com/" is not https',
      'code-cession.link: "www.example.com" is not a listed official site',
    ]);
  });

  it('an easy-to-read version with a long sentence, an acronym and an abbreviation', () => {
    const e = sample();
    e.fr.easy = "Le vendeur déclare la vente sur le site de l'ANTS et reçoit un code qu'il doit ensuite donner à l'acheteur de la voiture. Ex. un code.";
    expect(entryEasy([e])).toEqual([
      expect.stringContaining('easy-to-read sentence of 23 words'),
      expect.stringContaining('acronym "ANTS"'),
      expect.stringContaining('abbreviation "Ex."'),
    ]);
  });

  it('an explainer with a missing text, a wrong example, an alt that does not say where, an unknown related id', () => {
    const x = sampleExplainer();
    x.fr.why = '';
    x.fr.example = '2013-AB-12345';
    x.fr.picture = { src: x.fr.picture!.src, alt: 'Dessin de la carte grise' };
    x.related = ['numero-formule', 'numero-de-formule'];
    expect(explainerProblems([x], glossaryIds)).toEqual([
      'numero-formule.fr.why is empty',
      'numero-formule.fr.example "2013-AB-12345" does not match /^\\d{4}[A-Z]{2}\\d{5}$/',
      'numero-formule.fr.picture.alt does not say where to look: "Dessin de la carte grise"',
      'numero-formule.fr.picture.alt describes the picture instead of where to look',
      'numero-formule.related: no glossary entry "numero-de-formule"',
    ]);
  });

  it('a summary of two sentences and a picture in one language only', () => {
    const x = sampleExplainer();
    x.en.summary = 'The number of the certificate. It has 11 characters.';
    delete x.en.picture;
    expect(explainerProblems([x], glossaryIds)).toEqual([
      'numero-formule.en.summary must be exactly one sentence',
      'numero-formule: picture in one language only',
    ]);
  });
});
