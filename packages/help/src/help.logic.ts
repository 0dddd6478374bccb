/**
 * What `<relais-help>` shows, worked out without the DOM: the phone line and
 * its status, the help code, the channels sorted by audience. Tested in Node.
 */
import { antsNumber, describeHours, helpCode, hoursStatus, localize, procedures, spellHelpCode, stepList } from '@relais/sdk';
import type { ChannelConfig, HoursMessages, Locale, Messages, RelaisConfig } from '@relais/sdk';

/** The phone line as shown. */
export interface PhoneView {
  href: string;
  display: string;
  price?: string;
  /** "Ouvert jusqu'à 19 h"; undefined when the hours are not known. */
  status?: string;
  open?: boolean;
  abroad?: { href: string; display: string };
}

/** The help code as shown and as read. */
export interface CodeView {
  /** False when the page says neither the procedure nor the step: the code would tell the adviser nothing. */
  known: boolean;
  code: string;
  spelled: string;
  /** The step's title, when known. */
  step?: string;
}

/** Everything the panel shows. */
export interface HelpView {
  phone: PhoneView;
  code: CodeView;
  /** Ways in for deaf and hard-of-hearing citizens (relay, written contact). */
  access: ChannelConfig[];
  /** Other channels (contact form, FAQ, video…). */
  other: ChannelConfig[];
}

/** A `tel:` link for a number written with spaces or dots. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+0-9]/g, '')}`;
}

/** Groups digits for reading when no display form is given ("3400" → "34 00"). */
export function displayNumber(number: string): string {
  const digits = number.replace(/[^+0-9]/g, '');
  if (/^\d{4}$/.test(digits)) return `${digits.slice(0, 2)}\u00a0${digits.slice(2)}`;
  return number;
}

function hoursMessagesFrom(messages: Messages): Partial<HoursMessages> {
  return {
    openUntil: messages['hours.openUntil'],
    openAllDay: messages['hours.openAllDay'],
    closedOpens: messages['hours.closedOpens'],
    closedNoNext: messages['hours.closedNoNext'],
    today: messages['hours.today'],
    tomorrow: messages['hours.tomorrow'],
    zoneNote: messages['hours.zoneNote'],
    holidayClosed: messages['hours.holidayClosed'],
    holidayOpens: messages['hours.holidayOpens'],
  };
}

/** The line to call: the config's phone, else the preset's (the 34 00), as a `tel:` link and as written. */
export function phoneLine(config: RelaisConfig): { href: string; display: string } {
  const phone = config.help?.phone;
  if (!phone?.number) return { href: telHref(antsNumber.number), display: antsNumber.display };
  return { href: telHref(phone.number), display: phone.display ?? displayNumber(phone.number) };
}

/** The device's time zone, or undefined when the browser will not say. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Works out the panel's content from the resolved config. Never throws on odd data. */
export function helpView(options: {
  config: RelaisConfig;
  locale: Locale;
  messages: Messages;
  now: Date;
  procedure?: string | undefined;
  step?: string | undefined;
  timeZone?: string | undefined;
}): HelpView {
  const { config, locale, messages, now } = options;
  const phone = config.help?.phone ?? {};
  const view: PhoneView = phoneLine(config);
  if (phone.price) view.price = phone.price;
  if (phone.abroad) view.abroad = { href: telHref(phone.abroad.number), display: phone.abroad.display ?? phone.abroad.number };
  if (phone.hours) {
    try {
      const status = hoursStatus(phone.hours, now);
      view.open = status.open;
      const describeOptions: Parameters<typeof describeHours>[1] = { locale, now, messages: hoursMessagesFrom(messages) };
      if (options.timeZone) describeOptions.deviceTimeZone = options.timeZone;
      view.status = describeHours(status, describeOptions);
    } catch {
      // Hours we cannot read: say nothing rather than something wrong.
    }
  }
  const procedure = options.procedure;
  const stepId = options.step;
  const code = helpCode(procedure, stepId);
  const codeView: CodeView = { known: Boolean(procedure || stepId), code, spelled: spellHelpCode(code, locale) };
  const stepTitle =
    localize(stepList(config.steps).find((s) => s.id === stepId)?.title, locale) ||
    procedures.find((p) => p.id === procedure)?.steps.find((s) => s.id === stepId)?.title[locale];
  if (stepTitle) codeView.step = stepTitle;
  const channels = config.help?.channels ?? [];
  return {
    phone: view,
    code: codeView,
    access: channels.filter((c) => c.kind === 'relay' || c.kind === 'written'),
    other: channels.filter((c) => c.kind !== 'relay' && c.kind !== 'written'),
  };
}
