import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, validateConfig } from '../src/config.js';
import { localize, stepList } from '../src/config-steps.js';
import type { LocalText, StepConfig } from '../src/config-steps.js';
import { en, fr, frEasy } from '../src/messages/index.js';
import { ants, presetById } from '../src/presets/index.js';
import { procedureSteps } from '../src/presets/procedures.js';
import { procedures } from '../src/procedures.js';
import { helpCode } from '../src/help-code.js';

const two = [
  { id: 'vehicule', title: 'Votre véhicule' },
  { id: 'paiement', title: 'Paiement' },
];

/** The one-line messages of validating `{ steps }`. */
const messages = (steps: unknown): string[] => validateConfig({ steps }).messages;

describe('steps in the config: each mistake has its own clear message', () => {
  it('no steps', () => {
    expect(messages([])).toEqual([
      'steps: expected at least one step, got a list of 0 (give each step an id and a title, e.g. { "id": "vehicule", "title": "Votre véhicule" })',
    ]);
    expect(messages({ items: [] })).toEqual([
      'steps.items: expected at least one step, got a list of 0 (give each step an id and a title, e.g. { "id": "vehicule", "title": "Votre véhicule" })',
    ]);
    expect(messages({ current: 'vehicule' })).toEqual(['steps.items: expected the list of steps (required), got nothing']);
  });

  it('two steps with the same id', () => {
    expect(messages([...two, { id: 'vehicule', title: 'Encore' }])).toEqual([
      'steps[2].id: expected an id no other step has (steps[0] already has it), got "vehicule"',
    ]);
  });

  it('a current step that names no step, with a hint for a near miss', () => {
    expect(messages({ items: two, current: 'paiment' })).toEqual([
      'steps.current: expected the id of one of the steps ("vehicule", "paiement"), got "paiment" (did you mean "paiement"?)',
    ]);
    expect(messages({ items: two, current: 'photo' })).toEqual(['steps.current: expected the id of one of the steps ("vehicule", "paiement"), got "photo"']);
  });

  it('two current steps, marked twice or named and marked', () => {
    const marked = [
      { ...two[0], state: 'current' },
      { ...two[1], state: 'current' },
    ];
    expect(messages(marked)).toEqual([
      'steps[1].state: expected one current step only (steps[0] is already "current"), got "current" (mark the other steps "done" or "todo")',
    ]);
    expect(messages({ items: [{ ...two[0], state: 'current' }, two[1]], current: 'paiement' })).toEqual([
      'steps.current: expected one current step only (steps.items[0] is already "current"), got "paiement" (keep one of the two)',
    ]);
  });

  it('a bad place, state or duration, naming the field', () => {
    expect(messages([{ id: 'photo', title: 'Photo', where: 'cabine' }])[0]).toMatch(/^steps\[0\]\.where: expected one of "online", "photo-booth"/);
    expect(messages([{ id: 'photo', title: 'Photo', state: 'finished' }])[0]).toMatch(/^steps\[0\]\.state: expected one of "todo", "current", "done", "error"/);
    expect(messages([{ id: 'photo', title: 'Photo', minutes: -5 }])).toEqual(['steps[0].minutes: expected a number from 0 to 600, got -5']);
    expect(messages([{ id: 'Photo 1', title: 'Photo' }])).toEqual(['steps[0].id: expected a step id in lower case, e.g. "vehicule", got "Photo 1"']);
    expect(messages([{ id: 'photo', title: { en: 'Photo' } }])).toEqual(['steps[0].title.fr: expected a text that is not empty (required), got nothing']);
    expect(messages({ items: two, document: [] })).toEqual([
      'steps.document: expected no such key (known: items, current, documents), got a list of 0 (did you mean "documents"?)',
    ]);
  });

  it('accepts both forms, texts in French or in French and English, and keeps them', () => {
    const object = {
      items: [
        { id: 'photo', title: { fr: 'Photo', en: 'Photo' }, where: 'photo-booth', minutes: 10, optional: true, documents: ['Code e-photo'] },
        { id: 'envoi', title: 'Envoi', state: 'current', note: { fr: 'Délai\u00a0: 2\u00a0semaines' } },
      ],
      current: 'envoi',
      documents: [{ fr: "Pièce d'identité", en: 'Identity card' }],
    };
    for (const steps of [two, object]) {
      const result = validateConfig({ steps });
      expect(result.messages).toEqual([]);
      expect(result.config.steps).toEqual(steps);
    }
  });

  it('drops the invalid steps part and keeps the rest of the config', () => {
    const result = validateConfig({ locale: 'en', steps: [...two, two[0]] });
    expect(result.ok).toBe(false);
    expect(result.config).toEqual({ locale: 'en' });
  });
});

describe('the JSON Schema of steps agrees with the validator', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(configJsonSchema());
  it('accepts both forms and the presets', () => {
    expect(validate({ steps: two })).toBe(true);
    expect(validate({ steps: { items: two, current: 'paiement', documents: ['Carte grise'] } })).toBe(true);
    for (const steps of Object.values(procedureSteps)) expect(validate({ steps }), JSON.stringify(validate.errors)).toBe(true);
  });
  it('rejects what it can express: no steps, no items, unknown keys, bad places', () => {
    expect(validate({ steps: [] })).toBe(false);
    expect(validate({ steps: { current: 'x' } })).toBe(false);
    expect(validate({ steps: { items: two, document: [] } })).toBe(false);
    expect(validate({ steps: [{ id: 'a', title: 'A', where: 'cabine' }] })).toBe(false);
    expect(validate({ steps: [{ id: 'a', title: { en: 'A' } }] })).toBe(false);
  });
});

describe('localize and stepList', () => {
  it('picks English when there is an English twin, French otherwise', () => {
    const text: LocalText = { fr: 'Paiement', en: 'Payment' };
    expect(localize(text, 'en')).toBe('Payment');
    expect(localize(text, 'fr')).toBe('Paiement');
    expect(localize({ fr: 'Paiement' }, 'en')).toBe('Paiement');
    expect(localize('Paiement', 'en')).toBe('Paiement');
    expect(localize(undefined, 'fr')).toBe('');
  });
  it('gives the list of either form', () => {
    expect(stepList(two as StepConfig[])).toEqual(two);
    expect(stepList({ items: two })).toEqual(two);
    expect(stepList(undefined)).toEqual([]);
  });
});

const allTexts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(allTexts)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(allTexts)
        : [];

describe('procedure presets', () => {
  const presetProcedures = [
    ants.carteGrise.changementTitulaire,
    ants.carteGrise.changementAdresse,
    ants.carteGrise.declarationCession,
    ants.permis.inscription,
    ants.permis.renouvellement,
    ants.cni.preDemande,
    ants.passeport.preDemande,
  ];

  it('every ANTS procedure preset carries its steps, and they validate', () => {
    for (const preset of presetProcedures) {
      expect(preset.steps, preset.procedure).toBe(procedureSteps[preset.procedure!]);
      expect(presetById(preset.preset)?.steps).toBe(preset.steps);
      const result = validateConfig(preset);
      expect(result.messages, preset.procedure).toEqual([]);
    }
  });

  it('uses only step ids of the help-code table, so the help code follows the tracker', () => {
    for (const [id, steps] of Object.entries(procedureSteps)) {
      const table = procedures.find((p) => p.id === id);
      expect(table, id).toBeDefined();
      for (const step of steps.items) {
        expect(
          table!.steps.map((s) => s.id),
          `${id}: ${step.id}`,
        ).toContain(step.id);
        expect(helpCode(id, step.id)).not.toMatch(/-Z/);
      }
    }
  });

  it('shows the off-line steps: photo booth, fingerprints and collection at the town hall, post', () => {
    const where = (id: string) => Object.fromEntries(procedureSteps[id]!.items.map((s) => [s.id, s.where ?? 'online']));
    for (const id of ['ants/cni/pre-demande', 'ants/passeport/pre-demande']) {
      expect(where(id)).toMatchObject({ 'rendez-vous': 'online', photo: 'photo-booth', empreintes: 'town-hall', retrait: 'town-hall' });
      const order = procedureSteps[id]!.items.map((s) => s.id);
      expect(order.indexOf('rendez-vous')).toBeLessThan(order.indexOf('empreintes'));
      expect(order.indexOf('empreintes')).toBeLessThan(order.indexOf('retrait'));
    }
    expect(where('ants/permis/inscription')['cabine-photo']).toBe('photo-booth');
    expect(where('ants/permis/renouvellement')).toMatchObject({ 'cabine-photo': 'photo-booth', 'declaration-vol': 'other', 'visite-medicale': 'professional' });
    expect(where('ants/carte-grise/changement-titulaire')['reception']).toBe('mail');
    expect(where('ants/carte-grise/declaration-cession')['remise']).toBe('other');
    for (const [id, steps] of Object.entries(procedureSteps)) {
      expect(
        steps.items.some((s) => s.where && s.where !== 'online'),
        id,
      ).toBe(true);
    }
  });

  it('has documents for the whole procedure and for steps, and durations, in French and English', () => {
    for (const [id, steps] of Object.entries(procedureSteps)) {
      expect(steps.documents?.length, id).toBeGreaterThan(1);
      expect(
        steps.items.some((s) => s.documents?.length),
        id,
      ).toBe(true);
      expect(steps.items.filter((s) => s.minutes !== undefined).length, id).toBeGreaterThan(steps.items.length / 2);
      for (const step of steps.items) {
        for (const text of [step.title, ...(step.documents ?? []), ...(step.note ? [step.note] : [])]) {
          expect(typeof text === 'object' && text.en, `${id} ${step.id}: English for ${JSON.stringify(text)}`).toBeTruthy();
        }
      }
    }
  });

  it('lists each thing to have at hand once, by the same words in every step, and only things (no registration number)', () => {
    const things = [
      /carte grise/i,
      /code de cession/i,
      /permis de conduire/i,
      /justificatif de domicile/i,
      /carte bancaire/i,
      /certificat de cession/i,
      /contrôle technique/i,
      /photo d'identité/i,
      /timbre fiscal/i,
    ];
    for (const [id, steps] of Object.entries(procedureSteps)) {
      // What the checklist shows before starting: the procedure's documents, then each step's, each text once.
      const texts = [...new Set([...(steps.documents ?? []), ...steps.items.flatMap((s) => s.documents ?? [])].map((d) => localize(d, 'fr')))];
      for (const thing of things) {
        expect(
          texts.filter((t) => thing.test(t)),
          `${id}: ${thing}`,
        ).to.have.length.at.most(1);
      }
      expect(
        texts.filter((t) => /numéro d'immatriculation/i.test(t)),
        id,
      ).toEqual([]);
    }
  });

  it('writes French typography: no-break spaces before : ; ! ? and between a number and its unit', () => {
    const french = Object.values(procedureSteps).flatMap((steps) =>
      allTexts(steps).filter((text) => /[àâçéèêëîïôûùœ]|\b(?:le|la|les|de|du|des|un|une|vos?|votre)\b/i.test(text)),
    );
    expect(french.length).toBeGreaterThan(50);
    for (const text of french) {
      expect(text, text).not.toMatch(/ [:;!?]/);
      for (const [, before] of text.matchAll(/(.)[:;!?](?=\s|$)/gu)) expect(before, text).toBe('\u00a0');
      expect(text, text).not.toMatch(/\d (?:mois|ans|jours|min|€|semaines)/);
    }
  });
});

describe('steps messages', () => {
  const ids = Object.keys(fr).filter((id) => id.startsWith('steps.'));
  it('has every text in French and English, with the same placeholders', () => {
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(en[id as keyof typeof en]), id).toEqual(placeholders(fr[id as keyof typeof fr]));
      const easy = frEasy[id as keyof typeof frEasy];
      if (easy) expect(placeholders(easy), id).toEqual(placeholders(fr[id as keyof typeof fr]));
    }
  });
  it('says the heading as one phrase, with French typography', () => {
    expect(fr['steps.heading']).toBe('Étape {index} sur {total}\u00a0: {title}');
    for (const id of ids) expect(fr[id as keyof typeof fr], id).not.toMatch(/ [:;!?]/);
  });
});
