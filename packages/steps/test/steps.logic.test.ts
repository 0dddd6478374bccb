import { describe, expect, it } from 'vitest';
import { en, fr, procedureSteps } from '@relais/sdk';
import type { StepConfig } from '@relais/sdk';
import {
  STALE_AFTER_DAYS,
  STORAGE_VERSION,
  allDocuments,
  allDone,
  complete,
  configuredCurrent,
  currentIndex,
  documentKey,
  documentsView,
  formatDuration,
  markError,
  mergeFormSteps,
  minutesLeft,
  moveTo,
  nextStep,
  procedureDocuments,
  restore,
  serialize,
  stateOf,
  stateWord,
  storageKey,
  tick,
  toSteps,
  unknownFormSteps,
} from '../src/steps.logic.js';
import type { Progress, Step } from '../src/steps.logic.js';

const config: StepConfig[] = [
  { id: 'coordonnees', title: { fr: 'Vos coordonnées', en: 'Your details' }, minutes: 3 },
  { id: 'justificatifs', title: 'Vos justificatifs', minutes: 5, documents: ["Pièce d'identité", { fr: 'Justificatif de domicile', en: 'Proof of address' }] },
  { id: 'photo', title: 'Photo', where: 'photo-booth', optional: true, minutes: 10, documents: ["Pièce d'identité"] },
  { id: 'paiement', title: 'Paiement', documents: ['Carte bancaire'] },
  {
    id: 'retrait',
    title: 'Retrait',
    where: 'town-hall',
    place: { fr: 'mairie de votre choix', en: 'a town hall of your choice' },
    minutes: 10,
    note: 'Sur rendez-vous',
  },
];
const steps = toSteps(config, 'fr');
const at = (current: string, done: string[] = [], errors: string[] = []): Progress => ({ current, done, errors, ticked: [] });
const ids = (list: Step[]) => list.map((s) => s.id);
const NOW = Date.UTC(2026, 10, 24, 9);
const DAY = 86_400_000;
const durations = (m: typeof fr | typeof en) => ({ minutes: m['steps.minutes'], hours: m['steps.hours'], hoursMinutes: m['steps.hoursMinutes'] });

describe('steps in the citizen’s language', () => {
  it('reads both config forms, in French or English, with defaults', () => {
    expect(steps[0]).toEqual({ id: 'coordonnees', title: 'Vos coordonnées', where: 'online', documents: [], optional: false, minutes: 3 });
    expect(toSteps(config, 'en')[0]!.title).toBe('Your details');
    expect(toSteps(config, 'en')[1]!.documents).toEqual(["Pièce d'identité", 'Proof of address']);
    expect(toSteps(config, 'en')[4]!.place).toBe('a town hall of your choice');
    expect(steps[2]).toMatchObject({ where: 'photo-booth', optional: true });
    expect(toSteps({ items: config, current: 'photo' }, 'fr')).toEqual(steps);
    expect(toSteps(undefined, 'fr')).toEqual([]);
  });

  it('gives the procedure documents and the configured current step', () => {
    expect(procedureDocuments({ items: config, documents: [{ fr: 'Carte grise', en: 'Registration' }] }, 'en')).toEqual(['Registration']);
    expect(procedureDocuments(config, 'fr')).toEqual([]);
    expect(configuredCurrent({ items: config, current: 'photo' })).toBe('photo');
    expect(
      configuredCurrent([
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B', state: 'current' },
      ]),
    ).toBe('b');
    expect(configuredCurrent(config)).toBeUndefined();
  });

  it('uses the preset in English when the page is in English', () => {
    const cni = toSteps(procedureSteps['ants/cni/pre-demande'], 'en');
    expect(cni.find((s) => s.id === 'empreintes')).toMatchObject({ title: 'Handing in the application and giving your fingerprints', where: 'town-hall' });
  });
});

describe('a form’s steps, merged with the known steps', () => {
  it('keeps the form’s order and titles, and takes details from the known steps with the same id', () => {
    const merged = mergeFormSteps(
      [
        { id: 'justificatifs', title: 'Pièces à joindre' },
        { id: 'coordonnees', title: '' },
        { id: 'autre', title: 'Autre chose' },
      ],
      steps,
    );
    // The off-line steps the form does not have keep their place: the photo booth after
    // "justificatifs" (its place in the known order), the town hall at the end.
    expect(ids(merged)).toEqual(['justificatifs', 'coordonnees', 'autre', 'photo', 'retrait']);
    expect(merged[0]).toMatchObject({ title: 'Pièces à joindre', minutes: 5, documents: ["Pièce d'identité", 'Justificatif de domicile'] });
    expect(merged[1]!.title).toBe('Vos coordonnées');
    expect(merged[2]).toEqual({ id: 'autre', title: 'Autre chose', where: 'online', documents: [], optional: false });
  });

  it('puts the preset’s off-line steps before, between or after the form’s, and leaves out its on-line steps the form does not have', () => {
    const cni = toSteps(procedureSteps['ants/cni/pre-demande'], 'fr');
    const form = ['etat-civil', 'adresse', 'filiation', 'recapitulatif'].map((id) => ({ id, title: '' }));
    // Photo booth and town hall after; the on-line "connexion", appointment booking and tax stamp are not on this page.
    expect(ids(mergeFormSteps(form, cni))).toEqual(['etat-civil', 'adresse', 'filiation', 'recapitulatif', 'photo', 'empreintes', 'retrait']);
    // The photo booth comes first in the driving-licence registration: before the form's steps.
    const permis = toSteps(procedureSteps['ants/permis/inscription'], 'fr');
    const merged = mergeFormSteps(
      [
        { id: 'connexion', title: '' },
        { id: 'etat-civil', title: '' },
        { id: 'justificatifs', title: 'Justificatifs' },
      ],
      permis,
    );
    expect(ids(merged)).toEqual(['cabine-photo', 'connexion', 'etat-civil', 'justificatifs']);
    expect(merged[0]).toMatchObject({ where: 'photo-booth' });
    // Between: a form with the town-hall step itself keeps the preset's details for it.
    const between = mergeFormSteps(
      [
        { id: 'recapitulatif', title: '' },
        { id: 'retrait', title: 'Retrait' },
      ],
      cni,
    );
    expect(ids(between)).toEqual(['recapitulatif', 'photo', 'empreintes', 'retrait']);
    expect(between[3]).toMatchObject({ where: 'town-hall', title: 'Retrait' });
    // No known steps: the form's steps as they are.
    expect(ids(mergeFormSteps(form, []))).toEqual(['etat-civil', 'adresse', 'filiation', 'recapitulatif']);
  });

  it('names the form steps the known steps do not have (none without known steps)', () => {
    expect(
      unknownFormSteps(
        [
          { id: 'vehicle', title: '' },
          { id: 'paiement', title: '' },
        ],
        steps,
      ),
    ).toEqual(['vehicle']);
    expect(unknownFormSteps([{ id: 'vehicle', title: '' }], [])).toEqual([]);
  });

  it('takes the state the form gives (data-relais-state): done or to correct, wherever the step is', () => {
    const merged = mergeFormSteps(
      [
        { id: 'coordonnees', title: '' },
        { id: 'justificatifs', title: '', state: 'done' },
        { id: 'paiement', title: '', state: 'error' },
      ],
      steps,
    );
    const p = at('coordonnees');
    expect(merged.map((s) => stateOf(s, merged, p, { form: true }))).toEqual(['current', 'done', 'todo', 'error', 'todo']);
  });

  it('following a form, never shows a step after the current one done unless the form says so', () => {
    const p = at('justificatifs', ['coordonnees', 'justificatifs', 'photo', 'paiement']);
    expect(steps.map((s) => stateOf(s, steps, p, { form: true }))).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
    expect(minutesLeft(steps, p, { form: true })).toBe(5 + 10 + 10);
    // Without a form, the host's own word (complete()) stands.
    expect(steps.map((s) => stateOf(s, steps, p))).toEqual(['done', 'current', 'done', 'done', 'todo']);
  });
});

describe('progress: current, states, next step', () => {
  it('finds the current step: the given one, else the first not done, else the first', () => {
    expect(currentIndex(steps, at('paiement'))).toBe(3);
    expect(currentIndex(steps, { done: ['coordonnees'], errors: [], ticked: [] })).toBe(1);
    expect(currentIndex(steps, { current: 'nope', done: [], errors: [], ticked: [] })).toBe(0);
    expect(currentIndex(steps, { done: ids(steps), errors: [], ticked: [] })).toBe(0);
  });

  it('gives each step its state, and says it in words (an optional step to do is "facultative")', () => {
    const p = at('paiement', ['coordonnees', 'justificatifs'], ['justificatifs']);
    expect(steps.map((s) => stateOf(s, steps, p))).toEqual(['done', 'error', 'todo', 'current', 'todo']);
    expect(steps.map((s) => fr[stateWord(s, stateOf(s, steps, p))])).toEqual(['terminée', 'à corriger', 'facultative', 'en cours', 'à faire']);
    expect(en[stateWord(steps[2]!, 'todo')]).toBe('optional');
    expect(fr[stateWord(steps[2]!, 'done')]).toBe('terminée');
  });

  it('names the next step, and none on the last step', () => {
    expect(nextStep(steps, at('justificatifs'))?.id).toBe('photo');
    expect(nextStep(steps, at('retrait'))).toBeUndefined();
  });

  it('knows when every step is done, and not while one is to correct', () => {
    expect(allDone(steps, at('retrait', ids(steps)))).toBe(true);
    expect(allDone(steps, at('retrait', ids(steps), ['photo']))).toBe(false);
    expect(allDone(steps, at('retrait', ids(steps).slice(1)))).toBe(false);
    expect(allDone([], at('x'))).toBe(false);
  });
});

describe('time left', () => {
  it('adds the minutes of the current step and the later steps not done, skipping steps without minutes', () => {
    expect(minutesLeft(steps, at('coordonnees'))).toBe(3 + 5 + 10 + 10);
    expect(minutesLeft(steps, at('justificatifs', ['photo']))).toBe(5 + 10);
    expect(minutesLeft(steps, at('paiement'))).toBe(10);
    expect(minutesLeft(steps.slice(0, 4), at('paiement'))).toBeUndefined();
  });

  it('says it as a person would: to the minute under an hour, to five minutes above', () => {
    expect(formatDuration(7, durations(fr))).toBe('7\u00a0min');
    expect(formatDuration(0.4, durations(fr))).toBe('1\u00a0min');
    expect(formatDuration(60, durations(fr))).toBe('1\u00a0h');
    expect(formatDuration(93, durations(fr))).toBe('1\u00a0h\u00a035');
    expect(formatDuration(62, durations(fr))).toBe('1\u00a0h');
    expect(formatDuration(66, durations(fr))).toBe('1\u00a0h\u00a005');
    expect(formatDuration(93, durations(en))).toBe('1 h 35 min');
  });
});

describe('documents to have at hand', () => {
  it('before starting: the whole procedure’s documents and every step’s, each once', () => {
    const view = documentsView(steps, at('coordonnees'), ['Carte grise', "Pièce d'identité"]);
    expect(view.scope).toBe('before');
    expect(view.items.map((i) => i.text)).toEqual(['Carte grise', "Pièce d'identité", 'Justificatif de domicile', 'Carte bancaire']);
  });

  it('after that: the current step’s', () => {
    const view = documentsView(steps, at('paiement', ['coordonnees']), ['Carte grise']);
    expect(view).toEqual({ scope: 'step', items: [{ key: documentKey('Carte bancaire'), text: 'Carte bancaire' }], ready: 0 });
    expect(documentsView(steps, at('retrait', ['coordonnees']), []).items).toEqual([]);
  });

  it('keeps what was ticked in the list, with its tick, when it goes from "before starting" to "for this step", and counts what is ready', () => {
    const ticked = { ...at('coordonnees'), ticked: [documentKey('Carte grise'), documentKey('Carte bancaire')] };
    const before = documentsView(steps, ticked, ['Carte grise']);
    expect(before).toMatchObject({ scope: 'before', ready: 2 });
    expect(before.items).toHaveLength(4);
    const later = documentsView(steps, { ...ticked, current: 'justificatifs', done: ['coordonnees'] }, ['Carte grise']);
    expect(later.scope).toBe('step');
    expect(later.items.map((i) => i.text)).toEqual(["Pièce d'identité", 'Justificatif de domicile', 'Carte grise', 'Carte bancaire']);
    expect(later.ready).toBe(2);
    // The whole list, for the visit sheet.
    expect(allDocuments(steps, ['Carte grise']).map((i) => i.text)).toEqual(['Carte grise', "Pièce d'identité", 'Justificatif de domicile', 'Carte bancaire']);
  });

  it('keys a document by its text, stable and forgiving of case and spaces', () => {
    expect(documentKey('Carte  bancaire ')).toBe(documentKey('carte bancaire'));
    expect(documentKey('Carte bancaire')).not.toBe(documentKey('Carte grise'));
    expect(documentKey('Carte bancaire')).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('ticks and unticks', () => {
    const ticked = tick(at('x'), 'k1', true);
    expect(ticked.ticked).toEqual(['k1']);
    expect(tick(tick(ticked, 'k1', true), 'k1', false).ticked).toEqual([]);
  });
});

describe('moving through the steps', () => {
  it('moving forward marks the steps before done, except an optional step that was skipped', () => {
    const p = moveTo(steps, at('justificatifs', ['coordonnees']), 'paiement');
    expect(p.current).toBe('paiement');
    expect(p.done.sort()).toEqual(['coordonnees', 'justificatifs']);
    expect(stateOf(steps[2]!, steps, p)).toBe('todo');
    // Leaving the optional step itself marks it done.
    expect(moveTo(steps, at('photo', ['coordonnees', 'justificatifs']), 'paiement').done).toContain('photo');
  });

  it('moving back keeps what was done', () => {
    const p = moveTo(steps, at('paiement', ['coordonnees', 'justificatifs']), 'coordonnees');
    expect(p.current).toBe('coordonnees');
    expect(p.done).toEqual(['coordonnees', 'justificatifs']);
    expect(stateOf(steps[1]!, steps, p)).toBe('done');
  });

  it('ignores an unknown step', () => {
    const p = at('paiement');
    expect(moveTo(steps, p, 'nope')).toBe(p);
    expect(complete(steps, p, 'nope')).toBe(p);
    expect(markError(steps, p, 'nope')).toBe(p);
  });

  it('complete() marks done, clears "to correct", and moves on to the next step not done', () => {
    let p = at('justificatifs', ['coordonnees'], ['justificatifs']);
    p = complete(steps, p, 'justificatifs');
    expect(p).toMatchObject({ current: 'photo', errors: [] });
    expect(p.done).toContain('justificatifs');
    p = complete(steps, at('justificatifs', ['photo']), 'justificatifs');
    expect(p.current).toBe('paiement');
    p = complete(steps, at('retrait'), 'retrait');
    expect(p.current).toBe('retrait');
    // Another step than the current one: marked done, the current step stays.
    expect(complete(steps, at('photo'), 'retrait')).toMatchObject({ current: 'photo', done: ['retrait'] });
  });

  it('markError() marks a step to correct, once', () => {
    const p = markError(steps, at('paiement', ['justificatifs']), 'justificatifs');
    expect(stateOf(steps[1]!, steps, p)).toBe('error');
    expect(markError(steps, p, 'justificatifs')).toBe(p);
  });
});

describe('progress kept in the browser', () => {
  const saved = at('paiement', ['coordonnees', 'justificatifs'], ['justificatifs']);
  saved.ticked = ['k1', 'k2'];

  it('has a namespaced, versioned key per procedure', () => {
    expect(STORAGE_VERSION).toBe(1);
    expect(storageKey('ants/permis/inscription')).toBe('relais:steps:v1:ants/permis/inscription');
  });

  it('round-trips', () => {
    const raw = serialize(saved, NOW);
    expect(JSON.parse(raw)).toEqual({
      v: 1,
      at: NOW,
      current: 'paiement',
      done: ['coordonnees', 'justificatifs'],
      errors: ['justificatifs'],
      ticked: ['k1', 'k2'],
    });
    expect(restore(raw, steps, NOW + DAY)).toEqual({ progress: saved });
  });

  it('says there is nothing when nothing was kept', () => {
    expect(restore(null, steps, NOW)).toEqual({ ignored: 'none' });
    expect(restore('', steps, NOW)).toEqual({ ignored: 'none' });
  });

  it('ignores corrupt data: not JSON, not an object, wrong types, absurd sizes', () => {
    const corrupt = [
      '{oops',
      'null',
      '[]',
      '"text"',
      JSON.stringify({ v: 1, at: NOW, done: 'coordonnees' }),
      JSON.stringify({ v: 1, at: NOW, done: [1, 2] }),
      JSON.stringify({ v: 1, at: 'yesterday', done: [] }),
      JSON.stringify({ v: 1, done: [] }),
      JSON.stringify({ v: 1, at: NOW, current: 3 }),
      JSON.stringify({ v: 1, at: NOW, ticked: Array.from({ length: 500 }, (_, i) => `k${i}`) }),
      JSON.stringify({ at: NOW, done: [] }),
    ];
    for (const raw of corrupt) expect(restore(raw, steps, NOW), raw).toEqual({ ignored: 'corrupt' });
  });

  it('ignores another format version, and stale or future data', () => {
    expect(restore(JSON.stringify({ v: 2, at: NOW, done: [] }), steps, NOW)).toEqual({ ignored: 'version' });
    expect(restore(serialize(saved, NOW - (STALE_AFTER_DAYS + 1) * DAY), steps, NOW)).toEqual({ ignored: 'stale' });
    expect(restore(serialize(saved, NOW - (STALE_AFTER_DAYS - 1) * DAY), steps, NOW)).toEqual({ progress: saved });
    expect(restore(serialize(saved, NOW + 3 * DAY), steps, NOW)).toEqual({ ignored: 'stale' });
  });

  it('migrates progress kept for an older list of steps: unknown ids dropped, a removed current step forgotten', () => {
    const old = serialize({ current: 'envoi-papier', done: ['coordonnees', 'ancienne-etape'], errors: ['ancienne-etape'], ticked: ['k1'] }, NOW);
    const result = restore(old, steps, NOW);
    expect(result).toEqual({ progress: { done: ['coordonnees'], errors: [], ticked: ['k1'] } });
    // The tracker then starts at the first step not done.
    expect(currentIndex(steps, (result as { progress: Progress }).progress)).toBe(1);
  });
});
