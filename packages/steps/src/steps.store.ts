/**
 * Where the tracker keeps its progress in this browser (`localStorage`,
 * key `relais:steps:v1:<procedure>`). Storage that is off, full, or throws
 * on access is ignored: the tracker then works in memory. Read once per
 * tracker, written on each change.
 */
import { restore, serialize, storageKey } from './steps.logic.js';
import type { Progress, Step } from './steps.logic.js';

export class ProgressStore {
  private readonly _name: () => string;

  /** `name` gives the procedure (or page) the progress belongs to. */
  constructor(name: () => string) {
    this._name = name;
  }

  /** The kept progress, if any and still usable; anything unreadable is ignored (and, if corrupt or stale, removed). Never throws. */
  read(steps: Step[]): Progress | undefined {
    const key = storageKey(this._name());
    try {
      const result = restore(localStorage.getItem(key), steps, Date.now());
      if ('progress' in result) return result.progress;
      if (result.ignored !== 'none') localStorage.removeItem(key);
    } catch {
      // Storage off, private mode, or a page that forbids it: the tracker works in memory.
    }
    return undefined;
  }

  /** Keeps the progress. A full or missing storage is ignored. */
  save(progress: Progress): void {
    try {
      localStorage.setItem(storageKey(this._name()), serialize(progress, Date.now()));
    } catch {
      // Quota exceeded, storage off: the tracker keeps working in memory.
    }
  }
}
