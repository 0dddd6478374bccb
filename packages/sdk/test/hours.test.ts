import { describe, it, expect } from 'vitest';
import { hoursStatus, intervalsOn, parseTime, zonedParts, zonedToInstant, zoneOffset } from '../src/hours.js';
import type { Schedule } from '../src/hours.js';
import { describeHours, describeWeek, formatTime, hoursMessages, weekMessagesFrom } from '../src/hours-text.js';
import { en as enMessages, fr as frMessages, frEasy } from '../src/messages/index.js';

/** The national 34 00 line. */
const line3400: Schedule = {
  timeZone: 'Europe/Paris',
  weekly: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:45', closes: '19:00' },
    { days: ['sat'], opens: '08:00', closes: '17:00' },
  ],
};

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date | undefined): string | undefined => d?.toISOString();
/** Collapse every kind of whitespace (incl. U+00A0) to one plain space. */
const norm = (s: string): string => s.replace(/\s+/g, ' ');
const fr = (s: Schedule, now: string, deviceTimeZone?: string): string =>
  describeHours(hoursStatus(s, at(now)), { locale: 'fr', now: at(now), deviceTimeZone });
const en = (s: Schedule, now: string, deviceTimeZone?: string): string =>
  describeHours(hoursStatus(s, at(now)), { locale: 'en', now: at(now), deviceTimeZone });

describe('parseTime', () => {
  it('reads HH:MM as minutes, 24:00 included', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('07:45')).toBe(465);
    expect(parseTime('19:00')).toBe(1140);
    expect(parseTime('24:00')).toBe(1440);
  });
  it('rejects malformed times', () => {
    for (const bad of ['25:00', '7:5', '12:60', '24:01', '7:45', '', 'noon', '12:00:00']) {
      expect(parseTime(bad), bad).toBeUndefined();
    }
  });
});

describe('zonedParts / zonedToInstant', () => {
  it('gives the Paris wall clock of an instant (summer UTC+2, winter UTC+1)', () => {
    expect(zonedParts(at('2026-06-16T10:00:00Z'), 'Europe/Paris')).toEqual({ date: '2026-06-16', weekday: 'tue', minutes: 720 });
    expect(zonedParts(at('2026-01-05T10:00:00Z'), 'Europe/Paris')).toEqual({ date: '2026-01-05', weekday: 'mon', minutes: 660 });
  });
  it('midnight is minute 0 of the new day, not 24:00 of the old one', () => {
    expect(zonedParts(at('2026-06-15T22:00:00Z'), 'Europe/Paris')).toEqual({ date: '2026-06-16', weekday: 'tue', minutes: 0 });
  });
  it('handles overseas zones', () => {
    expect(zonedParts(at('2026-06-16T02:00:00Z'), 'America/Cayenne')).toEqual({ date: '2026-06-15', weekday: 'mon', minutes: 1380 });
    expect(zonedParts(at('2026-06-16T22:00:00Z'), 'Indian/Reunion')).toEqual({ date: '2026-06-17', weekday: 'wed', minutes: 120 });
    expect(zoneOffset(at('2026-06-16T12:00:00Z'), 'America/Cayenne')).toBe(-180);
    expect(zoneOffset(at('2026-06-16T12:00:00Z'), 'Indian/Reunion')).toBe(240);
  });
  it('converts ordinary wall times', () => {
    expect(iso(zonedToInstant('2026-06-16', 465, 'Europe/Paris'))).toBe('2026-06-16T05:45:00.000Z');
    expect(iso(zonedToInstant('2026-01-05', 465, 'Europe/Paris'))).toBe('2026-01-05T06:45:00.000Z');
    expect(iso(zonedToInstant('2026-06-16', 480, 'America/Cayenne'))).toBe('2026-06-16T11:00:00.000Z');
    expect(iso(zonedToInstant('2026-06-16', 1440 + 120, 'Europe/Paris'))).toBe('2026-06-17T00:00:00.000Z');
  });
  it('spring forward, 29 March 2026: times in the 02:00–03:00 gap give 03:00 local', () => {
    expect(iso(zonedToInstant('2026-03-29', 60, 'Europe/Paris'))).toBe('2026-03-29T00:00:00.000Z'); // 01:00 CET
    expect(iso(zonedToInstant('2026-03-29', 120, 'Europe/Paris'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', 150, 'Europe/Paris'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', 180, 'Europe/Paris'))).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
    expect(iso(zonedToInstant('2026-03-29', 240, 'Europe/Paris'))).toBe('2026-03-29T02:00:00.000Z');
    expect(zonedParts(at('2026-03-29T01:00:00Z'), 'Europe/Paris').minutes).toBe(180);
  });
  it('fall back, 25 October 2026: the repeated 02:00–03:00 hour gives its first occurrence', () => {
    expect(iso(zonedToInstant('2026-10-25', 120, 'Europe/Paris'))).toBe('2026-10-25T00:00:00.000Z');
    expect(iso(zonedToInstant('2026-10-25', 150, 'Europe/Paris'))).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
    expect(iso(zonedToInstant('2026-10-25', 180, 'Europe/Paris'))).toBe('2026-10-25T02:00:00.000Z'); // 03:00 CET
    // both 00:30Z and 01:30Z read 02:30 on the wall
    expect(zonedParts(at('2026-10-25T01:30:00Z'), 'Europe/Paris').minutes).toBe(150);
  });
});

describe('hoursStatus: the 34 00 line', () => {
  it('open mid-Tuesday, closes at 19:00 Paris', () => {
    const s = hoursStatus(line3400, at('2026-06-16T10:00:00Z'));
    expect(s).toEqual({ open: true, closesAt: at('2026-06-16T17:00:00Z'), timeZone: 'Europe/Paris' });
    expect(norm(fr(line3400, '2026-06-16T10:00:00Z'))).toBe("Ouvert jusqu'à 19 h");
    expect(fr(line3400, '2026-06-16T10:00:00Z')).toBe("Ouvert jusqu'à 19\u00a0h");
    expect(en(line3400, '2026-06-16T10:00:00Z')).toBe('Open until 19:00');
  });
  it('opening and closing instants are inclusive / exclusive', () => {
    expect(hoursStatus(line3400, at('2026-06-16T05:45:00Z')).open).toBe(true);
    expect(hoursStatus(line3400, at('2026-06-16T05:44:59Z')).open).toBe(false);
    const closing = hoursStatus(line3400, at('2026-06-16T17:00:00Z'));
    expect(closing.open).toBe(false);
    expect(iso(closing.opensAt)).toBe('2026-06-17T05:45:00.000Z');
  });
  it('Saturday after 17:00: opens Monday 07:45', () => {
    const s = hoursStatus(line3400, at('2026-06-13T15:30:00Z')); // 17:30 Paris
    expect(s.open).toBe(false);
    expect(iso(s.opensAt)).toBe('2026-06-15T05:45:00.000Z');
    expect(s.closedReason).toBeUndefined();
    expect(norm(fr(line3400, '2026-06-13T15:30:00Z'))).toBe('Fermé — ouvre lundi à 7 h 45');
    expect(fr(line3400, '2026-06-13T15:30:00Z')).toBe('Fermé\u00a0— ouvre lundi à 7\u00a0h\u00a045');
    expect(en(line3400, '2026-06-13T15:30:00Z')).toBe('Closed — opens Monday at 7:45');
    // 16:59 Paris Saturday is still open
    expect(hoursStatus(line3400, at('2026-06-13T14:59:00Z')).closesAt).toEqual(at('2026-06-13T15:00:00Z'));
  });
  it('Sunday: closed, opens Monday 07:45 ("demain")', () => {
    const s = hoursStatus(line3400, at('2026-06-14T12:00:00Z'));
    expect(s.open).toBe(false);
    expect(iso(s.opensAt)).toBe('2026-06-15T05:45:00.000Z');
    expect(norm(fr(line3400, '2026-06-14T12:00:00Z'))).toBe('Fermé — ouvre demain à 7 h 45');
    expect(en(line3400, '2026-06-14T12:00:00Z')).toBe('Closed — opens tomorrow at 7:45');
  });
  it('Friday evening: opens tomorrow at 8 h', () => {
    expect(norm(fr(line3400, '2026-06-12T18:00:00Z'))).toBe('Fermé — ouvre demain à 8 h');
    expect(iso(hoursStatus(line3400, at('2026-06-12T18:00:00Z')).opensAt)).toBe('2026-06-13T06:00:00.000Z');
  });
  it('midnight exactly (Tuesday 00:00 Paris): closed, opens today at 07:45', () => {
    const s = hoursStatus(line3400, at('2026-06-15T22:00:00Z'));
    expect(s.open).toBe(false);
    expect(iso(s.opensAt)).toBe('2026-06-16T05:45:00.000Z');
    expect(norm(fr(line3400, '2026-06-15T22:00:00Z'))).toBe("Fermé — ouvre aujourd'hui à 7 h 45");
  });
  it('names the weekday up to 6 days ahead, the date beyond', () => {
    const closedWeek: Schedule = {
      ...line3400,
      exceptions: [{ date: '2026-06-15', until: '2026-06-20', closed: true, label: 'Travaux' }],
    };
    // Saturday 13 → next opening Monday 22 June (9 days ahead)
    const s = hoursStatus(closedWeek, at('2026-06-13T16:00:00Z'));
    expect(iso(s.opensAt)).toBe('2026-06-22T05:45:00.000Z');
    expect(norm(fr(closedWeek, '2026-06-13T16:00:00Z'))).toBe('Fermé — ouvre le lundi 22 juin à 7 h 45');
    expect(en(closedWeek, '2026-06-13T16:00:00Z')).toBe('Closed — opens Monday 22 June at 7:45');
  });
});

describe('clock changes in 2026', () => {
  const sundayNight: Schedule = { timeZone: 'Europe/Paris', holidays: 'none', weekly: [{ days: ['sun'], opens: '01:00', closes: '04:00' }] };

  it('29 March: the 01:00–04:00 opening lasts 2 real hours', () => {
    const s = hoursStatus(sundayNight, at('2026-03-29T00:30:00Z')); // 01:30 CET
    expect(s.open).toBe(true);
    expect(iso(s.closesAt)).toBe('2026-03-29T02:00:00.000Z'); // 04:00 CEST
    expect(hoursStatus(sundayNight, at('2026-03-29T02:00:00Z')).open).toBe(false);
    expect(hoursStatus(sundayNight, at('2026-03-28T23:59:00Z')).opensAt).toEqual(at('2026-03-29T00:00:00Z'));
  });
  it('29 March: an opening time inside the gap opens at 03:00 local', () => {
    const gap: Schedule = { timeZone: 'Europe/Paris', holidays: 'none', weekly: [{ days: ['sun'], opens: '02:30', closes: '05:00' }] };
    const s = hoursStatus(gap, at('2026-03-29T00:30:00Z'));
    expect(s.open).toBe(false);
    expect(iso(s.opensAt)).toBe('2026-03-29T01:00:00.000Z');
    expect(hoursStatus(gap, at('2026-03-29T01:00:00Z')).open).toBe(true);
  });
  it('25 October: the 01:00–04:00 opening lasts 4 real hours, open during the repeated hour', () => {
    const s = hoursStatus(sundayNight, at('2026-10-25T01:30:00Z')); // second 02:30
    expect(s.open).toBe(true);
    expect(iso(s.closesAt)).toBe('2026-10-25T03:00:00.000Z'); // 04:00 CET
    expect(iso(hoursStatus(sundayNight, at('2026-10-24T22:00:00Z')).opensAt)).toBe('2026-10-24T23:00:00.000Z'); // 01:00 CEST
  });
  it('the Monday after each change opens at 07:45 local (new offset)', () => {
    expect(iso(hoursStatus(line3400, at('2026-03-28T18:00:00Z')).opensAt)).toBe('2026-03-30T05:45:00.000Z');
    expect(iso(hoursStatus(line3400, at('2026-10-24T17:00:00Z')).opensAt)).toBe('2026-10-26T06:45:00.000Z');
    expect(hoursStatus(line3400, at('2026-03-30T05:50:00Z'))).toEqual({ open: true, closesAt: at('2026-03-30T17:00:00Z'), timeZone: 'Europe/Paris' });
    expect(hoursStatus(line3400, at('2026-10-26T06:40:00Z')).open).toBe(false);
    expect(hoursStatus(line3400, at('2026-10-26T06:45:00Z')).closesAt).toEqual(at('2026-10-26T18:00:00Z'));
  });
});

describe('public holidays', () => {
  it('14 July 2026 (Tuesday): closed, opens 15 July 07:45', () => {
    const s = hoursStatus(line3400, at('2026-07-14T10:00:00Z'));
    expect(s).toEqual({
      open: false,
      opensAt: at('2026-07-15T05:45:00Z'),
      timeZone: 'Europe/Paris',
      closedReason: 'holiday',
      holiday: 'Fête nationale',
    });
    expect(norm(fr(line3400, '2026-07-14T10:00:00Z'))).toBe("Fermé aujourd'hui (Fête nationale). Ouvre demain à 7 h 45");
    expect(en(line3400, '2026-07-14T10:00:00Z')).toBe('Closed today (Fête nationale) — opens tomorrow at 7:45');
    expect(intervalsOn(line3400, '2026-07-14')).toEqual({ intervals: [], closedReason: 'holiday', holiday: 'Fête nationale' });
  });
  it('lundi de Pentecôte 2026 (25 May) and Ascension (14 May) are closed; holidays: none opens them', () => {
    expect(hoursStatus(line3400, at('2026-05-25T10:00:00Z')).holiday).toBe('Lundi de Pentecôte');
    expect(hoursStatus(line3400, at('2026-05-14T10:00:00Z')).holiday).toBe('Ascension');
    expect(hoursStatus({ ...line3400, holidays: 'none' }, at('2026-05-25T10:00:00Z')).open).toBe(true);
  });
  it('an exception with hours beats the holiday', () => {
    const s: Schedule = { ...line3400, exceptions: [{ date: '2026-07-14', intervals: [{ opens: '09:00', closes: '12:00' }] }] };
    expect(hoursStatus(s, at('2026-07-14T08:00:00Z'))).toEqual({ open: true, closesAt: at('2026-07-14T10:00:00Z'), timeZone: 'Europe/Paris' });
  });
  it('overseas calendar: 20 December in La Réunion only with fr-974', () => {
    const reunion: Schedule = { timeZone: 'Indian/Reunion', holidays: 'fr-974', weekly: [{ days: ['mon'], opens: '08:00', closes: '12:00' }] };
    const s = hoursStatus(reunion, at('2027-12-20T05:00:00Z'));
    expect(s.open).toBe(false);
    expect(s.holiday).toBe("Abolition de l'esclavage");
    expect(hoursStatus({ ...reunion, holidays: 'fr' }, at('2027-12-20T05:00:00Z')).open).toBe(true);
  });
});

describe('exceptions', () => {
  const xmas: Schedule = {
    ...line3400,
    exceptions: [
      { date: '2026-12-24', closed: true, label: 'Réveillon' },
      { date: '2026-12-31', intervals: [{ opens: '08:00', closes: '12:00' }], label: 'Saint-Sylvestre' },
    ],
  };
  it('closed on 24 Dec 2026, then Noël, reopens Saturday 26 at 08:00', () => {
    const s = hoursStatus(xmas, at('2026-12-24T10:00:00Z'));
    expect(s).toEqual({ open: false, opensAt: at('2026-12-26T07:00:00Z'), timeZone: 'Europe/Paris', closedReason: 'exception', label: 'Réveillon' });
    // It says why.
    expect(norm(fr(xmas, '2026-12-24T10:00:00Z'))).toBe("Fermé aujourd'hui (Réveillon). Ouvre samedi à 8 h");
    expect(norm(en(xmas, '2026-12-24T10:00:00Z'))).toBe('Closed today (Réveillon) — opens Saturday at 8:00');
    expect(intervalsOn(xmas, '2026-12-24')).toEqual({ intervals: [], closedReason: 'exception', label: 'Réveillon' });
    expect(intervalsOn(xmas, '2026-12-23').intervals).toEqual([{ opens: '07:45', closes: '19:00' }]);
  });
  it('special hours on 31 Dec 08:00–12:00, then 1 Jan is a holiday', () => {
    expect(intervalsOn(xmas, '2026-12-31')).toEqual({ intervals: [{ opens: '08:00', closes: '12:00' }], label: 'Saint-Sylvestre' });
    expect(hoursStatus(xmas, at('2026-12-31T10:00:00Z')).closesAt).toEqual(at('2026-12-31T11:00:00Z'));
    expect(norm(fr(xmas, '2026-12-31T10:00:00Z'))).toBe("Ouvert jusqu'à 12 h");
    const after = hoursStatus(xmas, at('2026-12-31T12:00:00Z'));
    expect(after.open).toBe(false);
    expect(iso(after.opensAt)).toBe('2027-01-02T07:00:00.000Z');
  });
  it('a range with until, and the narrowest covering exception wins', () => {
    const summer: Schedule = {
      ...line3400,
      exceptions: [
        { date: '2026-08-03', until: '2026-08-14', closed: true, label: 'Fermeture estivale' },
        { date: '2026-08-07', intervals: [{ opens: '10:00', closes: '12:00' }] },
      ],
    };
    expect(intervalsOn(summer, '2026-08-10').closedReason).toBe('exception');
    expect(intervalsOn(summer, '2026-08-14').intervals).toEqual([]);
    expect(intervalsOn(summer, '2026-08-07').intervals).toEqual([{ opens: '10:00', closes: '12:00' }]);
    expect(intervalsOn(summer, '2026-08-17').intervals).toEqual([{ opens: '07:45', closes: '19:00' }]);
  });
  it('closed with no opening within 14 days', () => {
    const long: Schedule = { ...line3400, exceptions: [{ date: '2026-06-01', until: '2026-09-30', closed: true }] };
    const s = hoursStatus(long, at('2026-06-16T10:00:00Z'));
    expect(s).toEqual({ open: false, timeZone: 'Europe/Paris', closedReason: 'exception' });
    // An exception without a label still says it is one.
    expect(fr(long, '2026-06-16T10:00:00Z')).toBe("Fermé, ce n'est pas comme d'habitude");
    expect(en(long, '2026-06-16T10:00:00Z')).toBe('Closed (special closure)');
    expect(fr({ ...line3400, weekly: [] }, '2026-06-16T10:00:00Z')).toBe('Fermé pour le moment');
  });
});

describe('several intervals, past midnight, padding, broken input', () => {
  const split: Schedule = {
    weekly: [
      { days: ['tue'], opens: '14:00', closes: '16:00' },
      { days: ['tue'], opens: '08:00', closes: '10:00' },
      { days: ['tue'], opens: '11:00', closes: '12:00' },
      { days: ['tue'], opens: '09:00', closes: '10:30' },
    ],
  };
  it('three intervals in one day, sorted and merged', () => {
    expect(intervalsOn(split, '2026-06-16').intervals).toEqual([
      { opens: '08:00', closes: '10:30' },
      { opens: '11:00', closes: '12:00' },
      { opens: '14:00', closes: '16:00' },
    ]);
    expect(hoursStatus(split, at('2026-06-16T08:00:00Z')).closesAt).toEqual(at('2026-06-16T08:30:00Z')); // 10:00 → 10:30
    expect(iso(hoursStatus(split, at('2026-06-16T08:45:00Z')).opensAt)).toBe('2026-06-16T09:00:00.000Z');
    expect(norm(fr(split, '2026-06-16T10:30:00Z'))).toBe("Fermé — ouvre aujourd'hui à 14 h");
    expect(iso(hoursStatus(split, at('2026-06-16T14:00:00Z')).opensAt)).toBe('2026-06-23T06:00:00.000Z');
  });
  it('an interval past midnight is open at 01:00 the next day', () => {
    const night: Schedule = { weekly: [{ days: ['fri'], opens: '20:00', closes: '02:00' }] };
    const s = hoursStatus(night, at('2026-06-12T23:00:00Z')); // Saturday 01:00 Paris
    expect(s.open).toBe(true);
    expect(iso(s.closesAt)).toBe('2026-06-13T00:00:00.000Z');
    expect(norm(fr(night, '2026-06-12T23:00:00Z'))).toBe("Ouvert jusqu'à 2 h");
    expect(norm(fr(night, '2026-06-12T20:00:00Z'))).toBe("Ouvert jusqu'à demain 2 h"); // Friday 22:00
    expect(hoursStatus(night, at('2026-06-13T00:00:00Z')).open).toBe(false);
    expect(intervalsOn(night, '2026-06-12').intervals).toEqual([{ opens: '20:00', closes: '02:00' }]);
  });
  it('23:00–24:00 then 00:00–02:00 the next day is one continuous opening', () => {
    const s: Schedule = {
      weekly: [
        { days: ['mon'], opens: '23:00', closes: '24:00' },
        { days: ['tue'], opens: '00:00', closes: '02:00' },
      ],
    };
    expect(hoursStatus(s, at('2026-06-15T21:30:00Z')).closesAt).toEqual(at('2026-06-16T00:00:00Z'));
    expect(norm(fr(s, '2026-06-15T21:30:00Z'))).toBe("Ouvert jusqu'à demain 2 h");
  });
  it('closing at 24:00 reads "24 h"', () => {
    const s: Schedule = { weekly: [{ days: ['tue'], opens: '18:00', closes: '24:00' }] };
    expect(norm(fr(s, '2026-06-16T20:00:00Z'))).toBe("Ouvert jusqu'à 24 h");
    expect(en(s, '2026-06-16T20:00:00Z')).toBe('Open until 24:00');
  });
  it('open around the clock: no closing time', () => {
    const always: Schedule = { holidays: 'none', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }] };
    expect(hoursStatus(always, at('2026-06-16T10:00:00Z'))).toEqual({ open: true, timeZone: 'Europe/Paris' });
    expect(norm(fr(always, '2026-06-16T10:00:00Z'))).toBe('Ouvert 24 h/24');
  });
  it('drops 00:00–00:00 padding', () => {
    const padded: Schedule = {
      weekly: [
        { days: ['tue'], opens: '09:00', closes: '12:00' },
        { days: ['tue', 'sun'], opens: '00:00', closes: '00:00' },
      ],
    };
    expect(intervalsOn(padded, '2026-06-16').intervals).toEqual([{ opens: '09:00', closes: '12:00' }]);
    expect(intervalsOn(padded, '2026-06-14').intervals).toEqual([]);
    expect(hoursStatus(padded, at('2026-06-16T05:00:00Z')).open).toBe(false);
  });
  it('ignores a broken interval without throwing', () => {
    const broken = {
      weekly: [
        { days: ['tue'], opens: '25:00', closes: '26:00' },
        { days: ['tue'], opens: '10:00', closes: '7:5' },
        { days: ['tue'], opens: '09:00', closes: '12:00' },
        { days: 'tue', opens: '13:00', closes: '14:00' },
        null,
      ],
      exceptions: [null, { date: '2026-06-17' }],
    } as unknown as Schedule;
    expect(() => hoursStatus(broken, at('2026-06-16T08:00:00Z'))).not.toThrow();
    expect(intervalsOn(broken, '2026-06-16').intervals).toEqual([{ opens: '09:00', closes: '12:00' }]);
    expect(hoursStatus(broken, at('2026-06-16T08:00:00Z')).closesAt).toEqual(at('2026-06-16T10:00:00Z'));
    expect(hoursStatus({ weekly: [] }, at('invalid'))).toEqual({ open: false, timeZone: 'Europe/Paris' });
    expect(hoursStatus({ timeZone: 'Mars/Olympus', weekly: [] }, at('2026-06-16T08:00:00Z')).timeZone).toBe('Europe/Paris');
  });
});

describe('overseas schedules', () => {
  const cayenne: Schedule = { timeZone: 'America/Cayenne', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '12:00' }] };
  const reunion: Schedule = { timeZone: 'Indian/Reunion', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '12:00' }] };

  it('Cayenne (UTC−3): open at 12:00Z, closed at 16:00Z', () => {
    expect(hoursStatus(cayenne, at('2026-06-16T12:00:00Z'))).toEqual({ open: true, closesAt: at('2026-06-16T15:00:00Z'), timeZone: 'America/Cayenne' });
    const closed = hoursStatus(cayenne, at('2026-06-16T16:00:00Z'));
    expect(closed.open).toBe(false);
    expect(iso(closed.opensAt)).toBe('2026-06-17T11:00:00.000Z');
  });
  it('La Réunion (UTC+4): open at 05:00Z until 08:00Z', () => {
    expect(hoursStatus(reunion, at('2026-06-16T05:00:00Z')).closesAt).toEqual(at('2026-06-16T08:00:00Z'));
    expect(hoursStatus(reunion, at('2026-06-16T03:59:00Z')).open).toBe(false);
    expect(norm(fr(reunion, '2026-06-16T05:00:00Z', 'Europe/Paris'))).toBe("Ouvert jusqu'à 12 h (heure de La Réunion)");
    expect(en(reunion, '2026-06-16T05:00:00Z', 'Europe/Paris')).toBe('Open until 12:00 (Réunion time)');
    expect(norm(fr(cayenne, '2026-06-16T16:00:00Z', 'Europe/Paris'))).toBe('Fermé — ouvre demain à 8 h (heure de Cayenne)');
  });
});

describe('describeHours: device time zone, templates, formatTime', () => {
  it('adds the zone note only when the device offset differs', () => {
    expect(norm(fr(line3400, '2026-06-16T10:00:00Z', 'America/New_York'))).toBe("Ouvert jusqu'à 19 h (heure de Paris)");
    expect(en(line3400, '2026-06-16T10:00:00Z', 'America/New_York')).toBe('Open until 19:00 (Paris time)');
    expect(norm(fr(line3400, '2026-06-16T10:00:00Z', 'Europe/Paris'))).toBe("Ouvert jusqu'à 19 h");
    expect(norm(fr(line3400, '2026-06-16T10:00:00Z', 'Europe/Berlin'))).toBe("Ouvert jusqu'à 19 h");
    expect(norm(fr(line3400, '2026-06-16T10:00:00Z', 'Not/A_Zone'))).toBe("Ouvert jusqu'à 19 h");
    // London is UTC+1 in summer but UTC+0 in winter… Paris is +2/+1: always differs
    expect(en(line3400, '2026-01-06T10:00:00Z', 'Europe/London')).toBe('Open until 19:00 (Paris time)');
  });
  it('uses placeName and message overrides', () => {
    const now = at('2026-06-16T10:00:00Z');
    const status = hoursStatus(line3400, now);
    expect(describeHours(status, { locale: 'fr', now, deviceTimeZone: 'Asia/Tokyo', placeName: 'métropole' })).toBe(
      "Ouvert jusqu'à 19\u00a0h (heure de métropole)",
    );
    expect(describeHours(status, { locale: 'en', now, messages: { openUntil: 'Lines open until {time}' } })).toBe('Lines open until 19:00');
    expect(hoursMessages.fr.closedOpens).toBe('Fermé\u00a0— ouvre {day} à {time}');
  });
  it('formats times the French and English 24-hour ways', () => {
    expect(formatTime(1140, 'fr')).toBe('19\u00a0h');
    expect(formatTime(465, 'fr')).toBe('7\u00a0h\u00a045');
    expect(formatTime(30, 'fr')).toBe('0\u00a0h\u00a030');
    expect(formatTime(485, 'fr')).toBe('8\u00a0h\u00a005');
    expect(formatTime(465, 'en')).toBe('7:45');
    expect(formatTime(1140, 'en')).toBe('19:00');
  });
  it('writes "1er" for the first of the month in French', () => {
    const s: Schedule = {
      holidays: 'none',
      weekly: [{ days: ['tue'], opens: '09:00', closes: '10:00' }],
      exceptions: [{ date: '2026-08-18', until: '2026-08-31', closed: true }],
    };
    // Friday 21 Aug → Tuesday 1 September (11 days)
    expect(norm(fr(s, '2026-08-21T10:00:00Z'))).toBe("Fermé, ce n'est pas comme d'habitude. Ouvre le mardi 1er septembre à 9 h");
    expect(en(s, '2026-08-21T10:00:00Z')).toBe('Closed (special closure). Opens Tuesday 1 September at 9:00');
    expect(norm(fr({ ...s, exceptions: [] }, '2026-08-21T10:00:00Z'))).toBe('Fermé — ouvre mardi à 9 h');
  });
});

describe('describeWeek: the week in words', () => {
  const words = (schedule: Schedule, locale: 'fr' | 'en' = 'fr', messages = locale === 'fr' ? frMessages : enMessages) =>
    describeWeek(schedule, { locale, messages: weekMessagesFrom(messages) }).map(norm);

  it('says the 34 00 week as a person would, closed on public holidays', () => {
    expect(words(line3400)).toEqual(['Du lundi au vendredi, de 7 h 45 à 19 h.', 'Le samedi, de 8 h à 17 h.', 'Fermé les jours fériés.']);
    expect(words(line3400, 'en')).toEqual(['From Monday to Friday, 7:45 to 19:00.', 'On Saturdays, 8:00 to 17:00.', 'Closed on public holidays.']);
    expect(words(line3400, 'fr', { ...frMessages, ...frEasy })[0]).toBe('Du lundi au vendredi : de 7 h 45 à 19 h.');
  });

  it('groups two days, says several intervals a day, and midnight as 24 h; nothing when never open', () => {
    const s: Schedule = {
      holidays: 'none',
      weekly: [
        { days: ['mon', 'tue'], opens: '09:00', closes: '12:00' },
        { days: ['mon', 'tue'], opens: '14:00', closes: '17:30' },
        { days: ['thu'], opens: '18:00', closes: '24:00' },
      ],
    };
    expect(words(s)).toEqual(['Le lundi et le mardi, de 9 h à 12 h et de 14 h à 17 h 30.', 'Le jeudi, de 18 h à 24 h.']);
    expect(words({ weekly: [] })).toEqual([]);
  });
});
