/**
 * What `<relais-help>` shows, worked out without the DOM: the phone line and
 * its status, the help code, the channels sorted by audience. Tested in Node.
 */
import {
  antsChannels,
  describeHours,
  describeWeek,
  format,
  helpCode,
  hoursStatus,
  localize,
  procedures,
  spellHelpCode,
  stepList,
  weekMessagesFrom,
} from '@relais/sdk';
import type { ChannelConfig, HoursConfig, HoursMessages, Locale, Messages, RelaisConfig } from '@relais/sdk';
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
  /** The week's hours in words, one sentence a line ("Du lundi au vendredi, de 7 h 45 à 19 h."). */
  week?: string[];
  abroad?: { href: string; display: string };
}

/** A relay service as shown: an online platform (with a link), or the operators' relay services (none). */
export interface RelayView {
  channel: ChannelConfig;
  /** "Possible en : langue des signes (LSF), LfPC ou écrit en direct." */
  modes?: string;
  /** A platform's status, from its hours or the phone line's. */
  status?: { text: string; open: boolean };
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
  /** Relay services: the platforms first (with a link), then the operators' relay services. */
  relay: RelayView[];
  /** Written contact. */
  written: ChannelConfig[];
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
    exceptionClosed: messages['hours.exceptionClosed'],
    exceptionOpens: messages['hours.exceptionOpens'],
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
  /** A schedule's status in words, or undefined when it cannot be read (say nothing rather than something wrong). */
  const statusOf = (hours: HoursConfig): { text: string; open: boolean } | undefined => {
    try {
      const status = hoursStatus(hours, now);
      const describeOptions: Parameters<typeof describeHours>[1] = { locale, now, messages: hoursMessagesFrom(messages) };
      if (options.timeZone) describeOptions.deviceTimeZone = options.timeZone;
      return { text: describeHours(status, describeOptions), open: status.open };
    } catch {
      return undefined;
    }
  };
  if (phone.hours) {
    const status = statusOf(phone.hours);
    if (status) {
      view.open = status.open;
      view.status = status.text;
      try {
        const week = describeWeek(phone.hours, { locale, messages: weekMessagesFrom(messages) });
        if (week.length) view.week = week;
      } catch {
        // The status is enough.
      }
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
  // No page config: the element's config is the phone alone (see lineConfig), the line's channels come from here.
  const channels = config.help?.channels ?? antsChannels;
  const relays = channels.filter((c) => c.kind === 'relay');
  const relay = [...relays.filter((c) => c.href), ...relays.filter((c) => !c.href)].map((channel) => {
    const item: RelayView = { channel };
    const words = (channel.modes ?? []).map((m) => messages[`help.relay.mode.${m}`]);
    if (channel.href && words.length) {
      const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} ${messages['help.relay.or']} ${words[words.length - 1]}` : words[0]!;
      item.modes = format(messages['help.relay.modes'], { modes: list });
    }
    // A platform keeps the phone line's hours unless it has its own (the law asks for the same hours).
    const hours = channel.hours ?? phone.hours;
    if (channel.href && hours) {
      const status = statusOf(hours);
      if (status) item.status = status;
    }
    return item;
  });
  return {
    phone: view,
    code: codeView,
    access: channels.filter((c) => c.kind === 'relay' || c.kind === 'written'),
    relay,
    written: channels.filter((c) => c.kind === 'written'),
    other: channels.filter((c) => c.kind !== 'relay' && c.kind !== 'written'),
  };
}
