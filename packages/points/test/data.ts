/** The real open-data files the tests read (never copied into the project). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Absolute path of a file in ../shared/data/, or a clear failure when it is missing. */
export function dataPath(name: string): string {
  const path = resolve(process.cwd(), '../shared/data', name);
  if (!existsSync(path)) {
    throw new Error(`Test data missing: ${path}. The tests read the open-data files in ../shared/data/ (see its README); put them there.`);
  }
  return path;
}

/** The text of a file in ../shared/data/. */
export function dataText(name: string): string {
  return readFileSync(dataPath(name), 'utf8');
}

export const FRANCE_SERVICES = 'france-services-2024-08.csv';
export const PACA = 'lieux-mediation-paca-2023-05.json';
export const STANDARD_EXAMPLE = 'mediation-standard/exemple-valide.csv';
export const COMMUNES = 'communes-postal-codes-2024.csv';

/** A small deterministic random generator (tests must repeat). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
