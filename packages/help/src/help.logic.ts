/**
 * What `<relais-help>` shows, worked out without the DOM: the phone line and
 * its status, the help code, the channels sorted by audience. Tested in Node.
 */
import { describeHours, helpCode, hoursStatus, localize, procedures, spellHelpCode, stepList } from '@relais/sdk';
import type { ChannelConfig, HoursMessages, Locale, Messages, RelaisConfig } from '@relais/sdk';
import { phoneLine, telHref } from './help.phone.js';

export { deviceTimeZone, displayNumber, phoneLine, telHref } from './help.phone.js';

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
