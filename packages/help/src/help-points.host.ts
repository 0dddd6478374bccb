/**
 * Types only: what the finder shows, and what its lazily loaded search sees
 * of `<relais-help-points>`. Kept apart so that no part imports the element.
 */
import type { PartHost } from '@relais/core';
import type { MessageId } from '@relais/sdk';
import type { GeoPlace, PointView } from './help-points.logic.js';

/** A message and its values. */
export interface Said {
  id: MessageId;
  values?: Record<string, string>;
  /** Show the national maps under it (the points file cannot be used). */
  maps?: boolean;
}

/** What the finder shows. */
export interface FinderState {
  phase: 'idle' | 'busy' | 'results' | 'ambiguous' | 'message';
  /** While busy: what it is doing. */
  busy?: MessageId;
  /** A message in place of results (no place found, a failure). */
  message?: Said;
  /** A problem with what was typed, shown under the field. */
  field?: Said;
  views?: PointView[];
  /** The list's name: "3 lieux trouvés près de 48200". */
  heading?: string;
  more?: boolean;
  matches?: GeoPlace[];
}

/** What the session sees of `<relais-help-points>`. */
export interface FinderHost extends PartHost {
  /** What the finder shows (setting it renders). */
  state: FinderState;
  /** The finder's own status message (read inside a modal dialog, where the page's live region is inert). */
  status: string;
  readonly now: Date | undefined;
  /** The level of each place's heading. */
  readonly headingLevel: number;
  readonly locationTimeout: number;
  readonly geocoderTimeout: number | undefined;
  /** Opens the visit sheet of the place at `index` in the list (its button is `trigger`). */
  openVisit(index: number, trigger: HTMLElement): void;
}
