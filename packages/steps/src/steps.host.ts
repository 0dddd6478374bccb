/**
 * Types only: what the tracker's lazily loaded parts see of `<relais-steps>`
 * and of each other. Kept apart so that no part imports the element (and
 * the element imports no part but lazily).
 */
import type { TemplateResult } from 'lit';
import type { PartHost } from '@relais/core';
import type { StepsConfig } from '@relais/sdk';
import type { DocumentsView, Step, StepState } from './steps.logic.js';

/** A call of `complete()` or `markError()` made before the tracker had its steps. */
export type PendingCall = ['complete' | 'markError', string];

/** What the list and the checklist need, worked out once per render. */
export interface StepsView {
  steps: Step[];
  states: StepState[];
  index: number;
  next?: Step | undefined;
  minutes?: number | undefined;
  documents: DocumentsView;
  ticked: Set<string>;
  /** Every document of the procedure and whether it is ticked (published for the visit sheet). */
  checklist: { text: string; ready: boolean }[];
}

/** What the list and the checklist can do: texts and the citizen's actions. */
export interface StepsUi {
  t: PartHost['t'];
  /** Whether done steps are buttons. */
  readonly navigable: boolean;
  /** The citizen chose a done step (with `navigable`). */
  select(id: string): void;
  /** The citizen ticked or unticked a document. */
  tickDocument(key: string, ticked: boolean): void;
}

/** What the tracker's view needs of its behaviour, besides the list's needs. */
export interface TrackerUi extends StepsUi {
  /** Ids of the list and the checklist. */
  readonly uid: string;
  /** Whether the list of steps (compact: the whole detail) is open. */
  readonly open: boolean;
  /** Whether the checklist is open (full variant). */
  readonly docsOpen: boolean;
  toggle(which: 'open' | 'docsOpen'): void;
  /** "Étape 2 sur 5 : Vos justificatifs". */
  headingText(view: StepsView): string;
}

/** The list of steps and the checklist (loaded apart, at idle or when opened). */
export interface StepsListPart {
  renderList(ui: StepsUi, view: StepsView): TemplateResult;
  renderDocs(ui: StepsUi, view: StepsView): TemplateResult;
}

/** What the tracker's behaviour sees of `<relais-steps>`. */
export interface StepsHost extends PartHost {
  readonly for: string | undefined;
  readonly procedure: string | undefined;
  readonly steps: StepsConfig | undefined;
  /** The current step's id: the tracker sets it when the step changes. */
  current: string | undefined;
  readonly variant: 'full' | 'compact' | 'vertical';
  readonly headingLevel: number;
  readonly navigable: boolean;
  readonly noPersist: boolean;
  readonly focusHeading: boolean;
  /** Calls made before the behaviour was there. */
  readonly pending: PendingCall[];
  /** The list and checklist, once loaded. */
  readonly list: StepsListPart | undefined;
  /** Whether they could not be loaded (the tracker then shows the heading and the next step only). */
  readonly listFailed: boolean;
  /** Loads the list and checklist now. */
  loadList(): void;
}
