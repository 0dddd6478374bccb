/**
 * The phone line as a link and as written, and the device's time zone:
 * small, so that an element needing only these loads nothing else.
 */
import type { RelaisConfig } from '@relais/sdk';
import { antsNumber } from '@relais/sdk/presets/phone.js';

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
