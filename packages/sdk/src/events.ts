/**
 * The typed event map: every event a Relais element fires. Events bubble,
 * cross shadow roots (`composed`) and carry no personal data.
 */

/** `relais-help-open`: the citizen opened the help panel. */
export interface HelpOpenDetail {
  variant: 'inline' | 'floating';
  procedure?: string;
  step?: string;
}
/** `relais-help-close`: the panel closed (button, Escape or close button). */
export interface HelpCloseDetail {
  variant: 'inline' | 'floating';
}
/** `relais-help-channel`: the citizen chose a channel (call, write, copy the code…). */
export interface HelpChannelDetail {
  /** The channel's id (`phone`, `phone-abroad`, `help-code` or a configured channel id). */
  channel: string;
  /** Its kind (`phone`, `form`, `relay`, `written`, `copy`…). */
  kind: string;
}

/** `relais-step-change`: the current step changed. */
export interface StepChangeDetail {
  procedure?: string;
  /** The step before (absent on the first). */
  from?: string;
  /** The current step's id. */
  to: string;
  /** 1-based position of the current step, and the number of steps. */
  index: number;
  total: number;
}
/** `relais-step-select`: the citizen chose a done step (with `navigable`); the host decides whether to go back. */
export interface StepSelectDetail {
  step: string;
}
/** `relais-term-open` / `relais-term-close`: a glossary explanation opened or closed. */
export interface TermDetail {
  /** The glossary entry's id. */
  term: string;
}
/** `relais-explainer-open` / `relais-explainer-close`: a field explanation opened or closed. */
export interface ExplainerDetail {
  /** The field explainer's topic id. */
  topic: string;
}
/** `relais-points-search`: a search started. No place, postcode or position is carried. */
export interface PointsSearchDetail {
  by: 'text' | 'location';
}
/** `relais-points-result`: results are shown. */
export interface PointsResultDetail {
  by: 'text' | 'location';
  count: number;
}

/**
 * `relais-visit-open`: the citizen opened the visit sheet of a help point
 * ("Préparer ma visite"). Never anything the citizen typed, nor their position.
 */
export interface VisitOpenDetail {
  /** The place's id in the points file. */
  place: string;
  /** The procedure and step the sheet is for, when the page knows them. */
  procedure?: string;
  step?: string;
}

/** Every Relais event name and its detail. */
export interface RelaisEventMap {
  'relais-help-open': CustomEvent<HelpOpenDetail>;
  'relais-help-close': CustomEvent<HelpCloseDetail>;
  'relais-help-channel': CustomEvent<HelpChannelDetail>;
  'relais-step-change': CustomEvent<StepChangeDetail>;
  'relais-step-select': CustomEvent<StepSelectDetail>;
  'relais-term-open': CustomEvent<TermDetail>;
  'relais-term-close': CustomEvent<TermDetail>;
  'relais-explainer-open': CustomEvent<ExplainerDetail>;
  'relais-explainer-close': CustomEvent<ExplainerDetail>;
  'relais-points-search': CustomEvent<PointsSearchDetail>;
  'relais-points-result': CustomEvent<PointsResultDetail>;
  'relais-visit-open': CustomEvent<VisitOpenDetail>;
}

/**
 * The DOM's own event maps know every Relais event, so that a page's code is
 * typed without importing anything else: `document.addEventListener(
 * 'relais-help-open', (e) => e.detail.variant)` and the same on an element or
 * on `window` (their maps all extend `GlobalEventHandlersEventMap`).
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the DOM's map gains Relais's events.
  interface GlobalEventHandlersEventMap extends RelaisEventMap {}
}

/** A Relais event name. */
export type RelaisEventName = keyof RelaisEventMap;
/** The detail of a Relais event. */
export type RelaisEventDetail<K extends RelaisEventName> = RelaisEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Options every Relais event is created with. */
export const relaisEventInit = { bubbles: true, composed: true, cancelable: false } as const;
