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

/** Every Relais event name and its detail. */
export interface RelaisEventMap {
  'relais-help-open': CustomEvent<HelpOpenDetail>;
  'relais-help-close': CustomEvent<HelpCloseDetail>;
  'relais-help-channel': CustomEvent<HelpChannelDetail>;
}

/** A Relais event name. */
export type RelaisEventName = keyof RelaisEventMap;
/** The detail of a Relais event. */
export type RelaisEventDetail<K extends RelaisEventName> = RelaisEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Options every Relais event is created with. */
export const relaisEventInit = { bubbles: true, composed: true, cancelable: false } as const;
