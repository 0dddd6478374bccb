/**
 * Relais holds its own texts to its readability rules: every French string a
 * citizen reads, gathered from the SDK (message catalogues, glossary, field
 * explainers, procedure presets and steps, opening-hours texts), scored with
 * @relais/plain.
 *
 * - A string of five words or more scores Kandel–Moles 70 or more, with
 *   sentences of at most 20 words.
 * - An easy-to-read string scores 80 or more, with sentences of at most 12
 *   words, and uses no acronym.
 * - Shorter strings are labels: listed apart, not scored (an easy-to-read
 *   label still uses no acronym).
 *
 * A message's placeholders are filled with typical values before it is
 * scored ("{display}" → "34 00", "{title}" → "Votre véhicule"), so that it
 * is scored as a citizen reads it.
 */
import { antsChannels, antsPhone, describeHours, fr, frEasy, hoursMessagesFrom, messagesFor, procedureSteps } from '@relais/sdk';
import type { GlossaryEntry, FieldExplainer, HoursStatus, LocalText, StepsObject } from '@relais/sdk';
import { analyseText, LABEL_WORDS, words } from '../src/index.js';

/** One string to check: where it comes from, its text, and whether it is an easy-to-read version. */
export interface Entry {
  id: string;
  text: string;
  easy: boolean;
}

/** A string that breaks a rule. */
export interface Failure {
  id: string;
  score: number;
  text: string;
  problems: string[];
}

export interface SelfCheck {
  scored: { id: string; score: number; easy: boolean }[];
  failures: Failure[];
  labels: Entry[];
}

export const MIN_SCORE = 70;
export const MIN_EASY_SCORE = 80;
export const MAX_WORDS = 20;
export const MAX_EASY_WORDS = 12;

const frOf = (t: LocalText | undefined): string | undefined => (t === undefined ? undefined : typeof t === 'string' ? t : t.fr);

/** Typical values of the messages' placeholders, as the widgets fill them. */
export const SAMPLES: Record<string, string> = {
  display: '34\u00a000',
  phone: '34\u00a000',
  step: 'Votre véhicule',
  title: 'Votre véhicule',
  index: '2',
  total: '5',
  duration: '10\u00a0min',
  minutes: '10',
  hours: '2',
  count: '3',
  place: 'Mende',
  query: 'Mende',
  km: '100',
  distance: '2\u00a0km',
  address: '12 rue des Lilas, Mende',
  days: 'du lundi au vendredi',
  from: 'lundi',
  to: 'vendredi',
  list: 'langue des signes',
  note: 'entrée par la cour',
  time: '19\u00a0h',
  day: 'lundi',
  holiday: 'Noël',
  text: "Ouvert jusqu'à 19\u00a0h",
  label: 'Numéro de formule',
  term: 'code de cession',
  example: 'AB-123-CD',
  // The adviser's reading, the checklist's count, the week in words, the relay's modes, the visit sheet.
  procedure: 'Carte grise',
  position: '1',
  code: '2A-28',
  ready: '3',
  modes: 'langue des signes',
  first: 'lundi',
  second: 'mardi',
  opens: '9\u00a0h',
  closes: '17\u00a0h',
};

/** A message with its placeholders filled with typical values. */
export const filled = (text: string): string => text.replace(/\{(\w+)\}/gu, (all, name: string) => SAMPLES[name] ?? all);

/** The strings of the message catalogues (French and easy-to-read French), placeholders filled. */
export function messageEntries(): Entry[] {
  return [
    ...Object.entries(fr).map(([k, text]) => ({ id: `messages.fr.${k}`, text: filled(text), easy: false })),
    ...Object.entries(frEasy).map(([k, text]) => ({ id: `messages.fr-easy.${k}`, text: filled(text ?? ''), easy: true })),
  ];
}

/** The French strings of glossary entries. */
export function glossaryEntries(glossary: readonly GlossaryEntry[]): Entry[] {
  return glossary.flatMap((e) => {
    const t = e.fr;
    const out: Entry[] = [
      { id: `glossary.${e.id}.term`, text: t.term, easy: false },
      { id: `glossary.${e.id}.definition`, text: t.definition, easy: false },
      { id: `glossary.${e.id}.easy`, text: t.easy, easy: true },
    ];
    if (t.example) out.push({ id: `glossary.${e.id}.example`, text: t.example, easy: false });
    return out;
  });
}

/** The French strings of field explainers. */
export function explainerEntries(explainers: readonly FieldExplainer[]): Entry[] {
  return explainers.flatMap((x) => {
    const t = x.fr;
    const out: Entry[] = (['label', 'summary', 'what', 'why', 'where', 'example'] as const)
      .filter((k) => t[k] !== undefined)
      .map((k) => ({ id: `explainers.${x.id}.${k}`, text: t[k]!, easy: false }));
    out.push({ id: `explainers.${x.id}.easy`, text: t.easy, easy: true });
    if (t.picture) out.push({ id: `explainers.${x.id}.picture.alt`, text: t.picture.alt, easy: false });
    return out;
  });
}

/** The French strings of the procedure presets: steps, documents, notes, places; the 34 00 line's price; the channels. */
export function presetEntries(steps: Readonly<Record<string, StepsObject>> = procedureSteps): Entry[] {
  const out: Entry[] = [];
  const push = (id: string, t: LocalText | undefined) => {
    const text = frOf(t);
    if (text !== undefined) out.push({ id, text, easy: false });
  };
  for (const [procedure, obj] of Object.entries(steps)) {
    obj.documents?.forEach((d, i) => push(`steps.${procedure}.documents[${i}]`, d));
    for (const step of obj.items) {
      const at = `steps.${procedure}.${step.id}`;
      push(`${at}.title`, step.title);
      push(`${at}.place`, step.place);
      push(`${at}.note`, step.note);
      step.documents?.forEach((d, i) => push(`${at}.documents[${i}]`, d));
    }
  }
  push('presets.ants.phone.price', antsPhone.price);
  antsChannels.forEach((c) => {
    push(`presets.ants.channels.${c.id}.label`, c.label);
    push(`presets.ants.channels.${c.id}.description`, c.description);
  });
  return out;
}

/**
 * The opening-hours texts as a citizen reads them: `describeHours` for the
 * 34 00 line at moments that give each kind of sentence, in French and in
 * easy-to-read French.
 */
export function hoursEntries(): Entry[] {
  const tz = 'Europe/Paris';
  const at = (iso: string) => new Date(iso);
  const now = at('2026-12-02T10:00:00+01:00'); // a Wednesday
  const statuses: [string, HoursStatus, string?][] = [
    ['open-until', { open: true, closesAt: at('2026-12-02T19:00:00+01:00'), timeZone: tz }],
    ['open-all-day', { open: true, timeZone: tz }],
    ['opens-tomorrow', { open: false, opensAt: at('2026-12-03T07:45:00+01:00'), timeZone: tz }],
    ['opens-monday', { open: false, opensAt: at('2026-12-07T07:45:00+01:00'), timeZone: tz }],
    ['opens-later', { open: false, opensAt: at('2026-12-21T07:45:00+01:00'), timeZone: tz }],
    ['closed', { open: false, timeZone: tz }],
    ['holiday', { open: false, holiday: 'Noël', timeZone: tz }],
    ['holiday-opens', { open: false, holiday: 'Noël', opensAt: at('2026-12-03T07:45:00+01:00'), timeZone: tz }],
    ['zone-note', { open: true, closesAt: at('2026-12-02T19:00:00+01:00'), timeZone: tz }, 'America/Cayenne'],
  ];
  const out: Entry[] = [];
  for (const easy of [false, true]) {
    const messages = hoursMessagesFrom(messagesFor('fr', { easy }));
    for (const [name, status, device] of statuses) {
      const text = describeHours(status, { locale: 'fr', now, messages, ...(device ? { deviceTimeZone: device } : {}) });
      out.push({ id: `hours.${easy ? 'fr-easy' : 'fr'}.${name}`, text, easy });
    }
  }
  return out;
}

/** Checks some strings against the rules. */
export function selfCheck(entries: readonly Entry[]): SelfCheck {
  const scored: SelfCheck['scored'] = [];
  const failures: Failure[] = [];
  const labels: Entry[] = [];
  for (const entry of entries) {
    const report = analyseText(entry.text, { easy: entry.easy });
    const problems: string[] = [];
    const maxWords = entry.easy ? MAX_EASY_WORDS : MAX_WORDS;
    for (const s of report.sentenceList) if (s.words > maxWords) problems.push(`a sentence of ${s.words} words (at most ${maxWords}): "${s.text}"`);
    if (entry.easy) for (const f of report.findings) if (f.rule === 'acronym') problems.push(`the acronym ${f.text}`);
    if (words(entry.text).length < LABEL_WORDS) labels.push(entry);
    else {
      const min = entry.easy ? MIN_EASY_SCORE : MIN_SCORE;
      scored.push({ id: entry.id, score: report.kandelMoles, easy: entry.easy });
      if (report.kandelMoles < min) problems.unshift(`Kandel–Moles ${report.kandelMoles} (at least ${min})`);
    }
    if (problems.length) failures.push({ id: entry.id, score: report.short ? NaN : report.kandelMoles, text: entry.text, problems });
  }
  return { scored, failures, labels };
}

/** A failure list as lines: id, score, problems, text. */
export const formatFailures = (failures: readonly Failure[]): string =>
  failures.map((f) => `${f.id} (${Number.isNaN(f.score) ? 'label' : f.score}): ${f.problems.join('; ')}\n    ${f.text}`).join('\n');
