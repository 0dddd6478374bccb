/**
 * French readability measures.
 *
 * - Kandel & Moles (1958), the French adaptation of Flesch's reading ease:
 *   207 − 1.015 × (words per sentence) − 73.6 × (syllables per word).
 *   Higher is easier; like Flesch it is read in bands (below).
 * - LIX (Björnsson): words per sentence + 100 × the share of long words
 *   (more than 6 letters). Lower is easier: below 30 very easy, 30–40 easy,
 *   40–50 medium, 50–60 hard, above 60 very hard.
 *
 * Both are computed from the totals of a text (all its sentences together),
 * not as a mean of the sentences' scores.
 */
import { sentences as splitSentences } from './sentences.js';
import type { Sentence } from './sentences.js';

/** The bands of the reading-ease scale, easiest first, as Flesch's and Kandel–Moles' are read. */
export const LEVELS = [
  { level: 1, id: 'tres-facile', min: 90, label: 'très facile' },
  { level: 2, id: 'facile', min: 80, label: 'facile' },
  { level: 3, id: 'assez-facile', min: 70, label: 'assez facile' },
  { level: 4, id: 'standard', min: 60, label: 'standard' },
  { level: 5, id: 'assez-difficile', min: 50, label: 'assez difficile' },
  { level: 6, id: 'difficile', min: 30, label: 'difficile' },
  { level: 7, id: 'tres-difficile', min: -Infinity, label: 'très difficile' },
] as const;

/** One band of the scale. */
export type Level = (typeof LEVELS)[number];

/** The band of a Kandel–Moles score. */
export function levelOf(score: number): Level {
  return LEVELS.find((l) => score >= l.min) ?? LEVELS[6];
}

/** A level given by number (1–7) or id ("standard"); `undefined` if it is neither. */
export function parseLevel(value: string): Level | undefined {
  const v = value.trim().toLowerCase();
  return LEVELS.find((l) => String(l.level) === v || l.id === v || l.label === v);
}

/** Counts and scores of a text. */
export interface Measures {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of more than 6 letters (LIX). */
  longWords: number;
  /** Kandel–Moles reading ease, rounded to one decimal (higher is easier). */
  kandelMoles: number;
  /** LIX, rounded to one decimal (lower is easier). */
  lix: number;
  /** The band of the Kandel–Moles score. */
  level: Level;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Letters only: "d'immatriculation" has 16. */
export const letterCount = (word: string): number => (word.match(/\p{L}/gu) ?? []).length;

/** Kandel–Moles from totals. */
export function kandelMoles(words: number, sentences: number, syllables: number): number {
  if (!words || !sentences) return 0;
  return round1(207 - 1.015 * (words / sentences) - 73.6 * (syllables / words));
}

/** LIX from totals. */
export function lix(words: number, sentences: number, longWords: number): number {
  if (!words || !sentences) return 0;
  return round1(words / sentences + (100 * longWords) / words);
}

/** Totals and scores of some sentences (a text, a page). */
export function measureSentences(list: readonly Sentence[]): Measures {
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  for (const s of list) {
    words += s.words.length;
    for (const w of s.words) {
      syllables += w.syllables;
      if (letterCount(w.text) > 6) longWords++;
    }
  }
  return combine({ sentences: list.length, words, syllables, longWords });
}

/** Scores from totals (to add up the texts of a page). */
export function combine(totals: { sentences: number; words: number; syllables: number; longWords: number }): Measures {
  const km = kandelMoles(totals.words, totals.sentences, totals.syllables);
  return { ...totals, kandelMoles: km, lix: lix(totals.words, totals.sentences, totals.longWords), level: levelOf(km) };
}

/** Totals and scores of a text. */
export function measure(text: string): Measures {
  return measureSentences(splitSentences(text));
}
