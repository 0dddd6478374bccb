import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, validateConfig } from '../src/config.js';
import type { FieldExplainer, GlossaryEntry } from '../src/glossary/model.js';
import { mergeExplainers, mergeGlossary, validateExplainers, validateGlossary } from '../src/glossary/validate.js';
import { defaultGlossary } from '../src/glossary/default-glossary.js';
import { MAX_HINTS } from '../src/schema.js';

// Small samples of our own, shaped like the default glossary and explainers.
const entry = (id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  domain: 'vehicle',
  fr: { term, definition: `Le ${term} est un mot du formulaire.`, easy: `Le ${term}. Un mot du formulaire.` },
  en: { term: `${term} (en)`, definition: `The ${term} is a word of the form.`, easy: `The ${term}. A word.` },
  ...extra,
});
const defaults: GlossaryEntry[] = [
  entry('code-cession', 'code de cession'),
  entry('certificat-immatriculation', "certificat d'immatriculation", { link: 'https://www.service-public.fr/' }),
  entry('neph', 'NEPH', { domain: 'licence' }),
];

const explainer = (id: string, label: string): FieldExplainer => ({
  id,
  domain: 'vehicle',
  fr: { label, summary: `${label} : il est sur la carte grise.`, what: 'Ce qui est demandé.', why: 'Pourquoi.', where: 'Où.', easy: 'En simple.' },
  en: { label: `${label} (en)`, summary: 'It is on the registration certificate.', what: 'What.', why: 'Why.', where: 'Where.', easy: 'Simply.' },
  related: ['certificat-immatriculation'],
});
const explainerDefaults = [explainer('numero-formule', 'Numéro de formule'), explainer('code-cession', 'Code de cession')];

describe('validateGlossary', () => {
  it('accepts a well-formed glossary', () => {
    expect(validateGlossary(defaults)).toEqual([]);
  });

  it('catches duplicate ids, naming both places', () => {
    const problems = validateGlossary([...defaults, entry('code-cession', 'code de vente')]);
    expect(problems).toEqual(['glossary[3] ("code-cession"): the id "code-cession" is already used at glossary[0]. Give each entry its own id.']);
  });

  it('catches empty definitions and easy-to-read versions, in each language', () => {
    const broken = entry('timbre-fiscal', 'timbre fiscal');
    broken.fr = { ...broken.fr, definition: '   ' };
    broken.en = { ...broken.en, easy: '' };
    expect(validateGlossary([broken])).toEqual([
      'glossary[0] ("timbre-fiscal").fr.definition: empty. Write a definition.',
      'glossary[0] ("timbre-fiscal").en.easy: empty. Write an easy-to-read version.',
    ]);
  });

  it('catches a definition far longer than about 25 words', () => {
    const long = entry('long', 'mot long');
    long.fr = { ...long.fr, definition: Array.from({ length: 40 }, () => 'mot').join(' ') };
    expect(validateGlossary([long])).toEqual(['glossary[0] ("long").fr.definition: 40 words. Keep it to one or two short sentences (about 25 words).']);
  });

  it('catches a form claimed by two entries, whatever its accents and case', () => {
    const twin = entry('carte-grise', 'carte grise', { fr: { term: 'Certificat d’Immatriculation', definition: 'Un titre.', easy: 'Un titre.' } });
    expect(validateGlossary([...defaults, twin])).toEqual([
      'glossary[3] ("carte-grise").fr: "Certificat d’Immatriculation" is also a form of "certificat-immatriculation". A form belongs to one entry: remove it from one of them.',
    ]);
  });

  it('catches bad ids, domains, links and a missing language', () => {
    const bad = { ...entry('Bad Id', 'x'), domain: 'cars', link: 'javascript:alert(1)' } as unknown as GlossaryEntry;
    delete (bad as Partial<GlossaryEntry>).en;
    expect(validateGlossary([bad])).toEqual([
      'glossary[0] ("Bad Id").id: expected an id in lower case with dashes, e.g. "code-cession".',
      'glossary[0] ("Bad Id").domain: expected one of vehicle, licence, identity, general.',
      'glossary[0] ("Bad Id").link: expected an https link to an official page.',
      'glossary[0] ("Bad Id").en: missing. Write the entry in French and English.',
    ]);
  });
});

describe('mergeGlossary: what a page adds, overrides and removes', () => {
  it('with no config, is the defaults', () => {
    expect(mergeGlossary(defaults, undefined)).toEqual({ items: defaults, problems: [] });
  });

  it('adds entries, fills in English and easy-to-read from French, and a domain', () => {
    const { items, problems } = mergeGlossary(defaults, { add: [{ id: 'ants', fr: { term: 'ANTS', definition: "L'agence qui fait les titres." } }] });
    expect(problems).toEqual([]);
    const ants = items.find((e) => e.id === 'ants')!;
    expect(ants).toEqual({
      id: 'ants',
      domain: 'general',
      fr: { term: 'ANTS', definition: "L'agence qui fait les titres.", easy: "L'agence qui fait les titres." },
      en: { term: 'ANTS', definition: "L'agence qui fait les titres.", easy: "L'agence qui fait les titres." },
    });
    expect(validateGlossary(items)).toEqual([]);
  });

  it('overrides an entry key by key, keeping the rest', () => {
    const { items, problems } = mergeGlossary(defaults, { override: [{ id: 'neph', fr: { variants: ['numéro NEPH'] } }] });
    expect(problems).toEqual([]);
    const neph = items.find((e) => e.id === 'neph')!;
    expect(neph.fr).toEqual({ ...defaults[2]!.fr, variants: ['numéro NEPH'] });
    expect(neph.en).toEqual(defaults[2]!.en);
  });

  it('a new definition without a new easy version replaces the easy one too', () => {
    const { items } = mergeGlossary(defaults, { override: [{ id: 'neph', fr: { definition: 'Votre numéro de permis.' } }] });
    expect(items.find((e) => e.id === 'neph')!.fr.easy).toBe('Votre numéro de permis.');
  });

  it('removes entries', () => {
    const { items, problems } = mergeGlossary(defaults, { remove: ['neph'] });
    expect(problems).toEqual([]);
    expect(items.map((e) => e.id)).toEqual(['code-cession', 'certificat-immatriculation']);
  });

  it('reports an added id that already exists, and keeps the default', () => {
    const { items, problems } = mergeGlossary(defaults, { add: [{ id: 'neph', fr: { term: 'NEPH', definition: 'Autre.' } }] });
    expect(problems).toEqual([
      'glossary.add[0]: the id "neph" is already in the glossary. To change that entry, use glossary.override; to add yours, give it another id.',
    ]);
    expect(items.find((e) => e.id === 'neph')).toBe(defaults[2]);
  });

  it('reports changes and removals of unknown ids, with a "did you mean"', () => {
    const { items, problems } = mergeGlossary(defaults, { override: [{ id: 'code-cesion', fr: { definition: 'x.' } }], remove: ['nehp'] });
    expect(problems).toEqual([
      'glossary.remove: there is no entry "nehp" to remove (did you mean "neph"?).',
      'glossary.override[0]: there is no entry "code-cesion" to override (did you mean "code-cession"?). To add a new entry, use glossary.add.',
    ]);
    expect(items).toEqual(defaults);
  });

  // Each unknown id used to get its own search over every id: 20,000 took 2–3 s (100,000: 14 s) on the page's main thread.
  it('20,000 and 100,000 unknown ids to remove: linear, every one reported, the first MAX_HINTS searched for a hint', () => {
    for (const [count, budget] of [
      [20_000, 500],
      [100_000, 2_000],
    ] as const) {
      const remove = Array.from({ length: count }, (_, i) => (i % 2 ? `inconnu-${i}` : `${defaultGlossary[i % defaultGlossary.length]!.id}x`));
      const started = performance.now();
      const { items, problems } = mergeGlossary(defaultGlossary, { remove });
      const ms = performance.now() - started;
      expect(ms, `${count} unknown ids took ${Math.round(ms)} ms`).toBeLessThan(budget);
      expect(items).toHaveLength(defaultGlossary.length);
      expect(problems).toHaveLength(count);
      expect(problems.every((p) => p.startsWith('glossary.remove: there is no entry "'))).toBe(true);
      const hinted = problems.filter((p) => p.includes('did you mean'));
      expect(hinted.length).toBeGreaterThan(0);
      expect(hinted.length).toBeLessThanOrEqual(MAX_HINTS);
      expect(problems.slice(MAX_HINTS).some((p) => p.includes('did you mean'))).toBe(false);
    }
  });

  it('a hint is still found for a long id, and none for a huge one (no comparison when lengths differ too much)', () => {
    const id = defaultGlossary.find((e) => e.id.length > 12)!.id;
    expect(mergeGlossary(defaultGlossary, { remove: [`${id.slice(0, -1)}`] }).problems[0]).toContain(`did you mean "${id}"?`);
    const started = performance.now();
    expect(mergeGlossary(defaultGlossary, { remove: ['x'.repeat(1_000_000)] }).problems[0]).not.toContain('did you mean');
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('validateConfig with thousands of unknown names', () => {
  it('20,000 unknown keys and enum values: every one a problem with its path, the hints capped', () => {
    const help: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) help[`phon${i}`] = i;
    const started = performance.now();
    const result = validateConfig({ help, steps: Array.from({ length: 5_000 }, (_, i) => ({ id: `s${i}`, label: 'Étape', state: 'terminee' })) });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.problems.length).toBeGreaterThanOrEqual(25_000);
    expect(result.problems.every((p) => p.path && p.path !== '(config)')).toBe(true);
    expect(result.problems.filter((p) => p.hint?.startsWith('did you mean')).length).toBeLessThanOrEqual(MAX_HINTS);
  });
});

describe('validateExplainers and mergeExplainers', () => {
  const ids = new Set(defaults.map((e) => e.id));

  it('accepts well-formed explainers', () => {
    expect(validateExplainers(explainerDefaults, ids)).toEqual([]);
  });

  it('catches duplicates, empty texts, a summary of two sentences, unknown related terms and unsafe pictures', () => {
    const dup = explainer('numero-formule', 'Autre');
    const bad = explainer('date-immatriculation', 'Date');
    bad.fr = { ...bad.fr, why: '', summary: 'Une phrase. Une autre.', picture: { src: 'javascript:x', alt: 'ici' } };
    bad.related = ['code-cesion'];
    expect(validateExplainers([...explainerDefaults, dup, bad], ids)).toEqual([
      'explainers[2] ("numero-formule"): the id "numero-formule" is already used at explainers[0]. Give each explainer its own id.',
      'explainers[3] ("date-immatriculation").fr.why: empty. Write it.',
      'explainers[3] ("date-immatriculation").fr.summary: more than one sentence. The summary is read with the field: keep it to one.',
      'explainers[3] ("date-immatriculation").fr.picture: expected a safe src and an alt that says where to look.',
      'explainers[3] ("date-immatriculation").related: no glossary entry "code-cesion" (did you mean "code-cession"?).',
    ]);
  });

  it('changes a default topic key by key, and adds a new one from its French texts', () => {
    const { items, problems } = mergeExplainers(explainerDefaults, {
      'numero-formule': { fr: { example: '2019XY54321' } },
      'numero-client': { fr: { label: 'Numéro client', summary: 'Il est sur votre facture.', what: 'Votre numéro de client.' } },
    });
    expect(problems).toEqual([]);
    expect(items.find((e) => e.id === 'numero-formule')!.fr).toEqual({ ...explainerDefaults[0]!.fr, example: '2019XY54321' });
    const added = items.find((e) => e.id === 'numero-client')!;
    expect(added.en.label).toBe('Numéro client');
    expect(added.fr.easy).toBe('Il est sur votre facture.');
  });

  it('reports a new topic without its required texts', () => {
    const { items, problems } = mergeExplainers(explainerDefaults, { 'numero-formul': { fr: { example: 'x' } } });
    expect(problems).toEqual([
      'explainers.numero-formul: a new topic needs fr.label, fr.summary, fr.what (or did you mean the default topic "numero-formule"?).',
    ]);
    expect(items).toEqual(explainerDefaults);
  });
});

describe('the config: glossary and explainers', () => {
  it('accepts glossary changes and explainers', () => {
    const result = validateConfig({
      glossary: {
        add: [
          {
            id: 'ants',
            domain: 'general',
            fr: { term: 'ANTS', variants: ['France Titres'], definition: "L'agence des titres." },
            link: 'https://ants.gouv.fr/',
          },
        ],
        override: [{ id: 'neph', en: { definition: 'Your licence file number.' } }],
        remove: ['cession'],
      },
      explainers: { 'numero-formule': { fr: { example: '2019XY54321', picture: { src: 'data:image/svg+xml,<svg/>', alt: 'En bas à gauche.' } } } },
    });
    expect(result.messages).toEqual([]);
  });

  it('catches duplicate ids and empty definitions, with their paths', () => {
    const result = validateConfig({
      glossary: {
        add: [
          { id: 'ants', fr: { term: 'ANTS', definition: ' ' } },
          { id: 'siv', fr: { term: 'SIV', definition: 'Le fichier des véhicules.' } },
          { id: 'siv', fr: { term: 'SIV', definition: 'Encore.' } },
        ],
        override: [{ id: 'neph', fr: { definition: '' } }],
      },
    });
    expect(result.messages).toEqual([
      'glossary.add[0].fr.definition: expected a definition that is not empty, got " "',
      'glossary.add[2]: expected an id not used before (already at glossary.add[1]), got "siv"',
      'glossary.override[0].fr.definition: expected a definition that is not empty, got ""',
    ]);
  });

  it('catches unsafe links and pictures, bad topic ids and unknown keys', () => {
    const result = validateConfig({
      glossary: { add: [{ id: 'x', fr: { term: 'x', definition: 'x.' }, link: 'javascript:alert(1)' }], delete: ['y'] },
      explainers: { 'Numero Formule': { fr: { label: 'x' } }, siv: { fr: { picture: { src: 'javascript:x', alt: 'x' } } } },
    });
    expect(result.messages).toEqual([
      'glossary.delete: expected no such key (known: add, override, remove), got a list of 1',
      'glossary.add[0].link: expected a link starting with https:, http:, tel:, mailto: or a path on this site, with no control character or backslash, got "javascript:alert(1)"',
      'explainers.siv.fr.picture.src: expected a picture URL (https, relative, or a data:image/ URL), got "javascript:x"',
      'explainers.Numero Formule: expected a topic id in lower case with dashes, e.g. "numero-formule", got "Numero Formule"',
    ]);
    // The valid topics stay usable.
    expect(Object.keys(result.config.explainers ?? {})).toEqual(['siv']);
  });

  it('the JSON Schema agrees with the validator on these parts', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(configJsonSchema());
    expect(
      validate({
        glossary: { add: [{ id: 'ants', fr: { term: 'ANTS', definition: 'Une agence.' } }] },
        explainers: { 'numero-formule': { fr: { label: 'x' } } },
      }),
    ).toBe(true);
    expect(validate({ glossary: { add: [{ id: 'ants', fr: { term: 'ANTS', definition: '' } }] } })).toBe(false);
    expect(validate({ explainers: { 'Numero Formule': { fr: { label: 'x' } } } })).toBe(false);
  });
});
