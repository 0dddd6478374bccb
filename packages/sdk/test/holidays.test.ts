import { describe, it, expect } from 'vitest';
import { departementCalendar, departementTimeZone, frenchHolidays, isFrenchHoliday } from '../src/holidays.js';

const dateOf = (year: number, name: string, calendar: Parameters<typeof frenchHolidays>[1] = 'fr'): string | undefined =>
  frenchHolidays(year, calendar).find((h) => h.name === name)?.date;

/** Easter Sunday = lundi de Pâques − 1 day. */
const easter = (year: number): string => {
  const monday = dateOf(year, 'Lundi de Pâques');
  return new Date(Date.parse(monday!) - 86_400_000).toISOString().slice(0, 10);
};

describe('frenchHolidays', () => {
  it('lists the 11 mainland holidays of 2026, sorted', () => {
    expect(frenchHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "Jour de l'an" },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du Travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });
  it('computes Easter right', () => {
    expect(easter(2025)).toBe('2025-04-20');
    expect(easter(2026)).toBe('2026-04-05');
    expect(easter(2027)).toBe('2027-03-28');
    expect(easter(2024)).toBe('2024-03-31');
    expect(easter(2019)).toBe('2019-04-21');
    expect(easter(2000)).toBe('2000-04-23');
    expect(easter(2038)).toBe('2038-04-25');
    expect(easter(2285)).toBe('2285-03-22'); // earliest possible
    expect(dateOf(2027, 'Ascension')).toBe('2027-05-06');
    expect(dateOf(2027, 'Lundi de Pentecôte')).toBe('2027-05-17');
  });
  it('Alsace-Moselle adds Vendredi saint and Saint-Étienne', () => {
    const list = frenchHolidays(2026, 'fr-alsace-moselle');
    expect(list).toHaveLength(13);
    expect(dateOf(2026, 'Vendredi saint', 'fr-alsace-moselle')).toBe('2026-04-03');
    expect(dateOf(2027, 'Vendredi saint', 'fr-alsace-moselle')).toBe('2027-03-26');
    expect(isFrenchHoliday('2026-12-26', 'fr-alsace-moselle')).toBe('Saint-Étienne');
    expect(isFrenchHoliday('2026-04-03', 'fr')).toBeUndefined();
    expect(isFrenchHoliday('2026-12-26')).toBeUndefined();
  });
  it('overseas départements add the abolition of slavery', () => {
    expect(isFrenchHoliday('2026-12-20', 'fr-974')).toBe("Abolition de l'esclavage");
    expect(isFrenchHoliday('2026-05-27', 'fr-971')).toBe("Abolition de l'esclavage");
    expect(isFrenchHoliday('2026-05-22', 'fr-972')).toBe("Abolition de l'esclavage");
    expect(isFrenchHoliday('2026-06-10', 'fr-973')).toBe("Abolition de l'esclavage");
    expect(isFrenchHoliday('2026-04-27', 'fr-976')).toBe("Abolition de l'esclavage");
    expect(isFrenchHoliday('2026-12-20', 'fr')).toBeUndefined();
    expect(isFrenchHoliday('2026-05-22', 'fr-971')).toBeUndefined();
    expect(frenchHolidays(2026, 'fr-974')).toHaveLength(12);
    expect(frenchHolidays(2026, 'fr-974').at(-2)).toEqual({ date: '2026-12-20', name: "Abolition de l'esclavage" });
  });
  it("'none' has no holidays", () => {
    expect(frenchHolidays(2026, 'none')).toEqual([]);
    expect(isFrenchHoliday('2026-07-14', 'none')).toBeUndefined();
  });
  it('joins two holidays on one day (Ascension on 1 May 2008)', () => {
    expect(isFrenchHoliday('2008-05-01')).toBe('Fête du Travail / Ascension');
    expect(frenchHolidays(2008)).toHaveLength(10);
  });
  it('returns fresh arrays from the cache', () => {
    const a = frenchHolidays(2026);
    a.pop();
    expect(frenchHolidays(2026)).toHaveLength(11);
  });
});

describe('isFrenchHoliday', () => {
  it('names holidays and ignores ordinary or malformed dates', () => {
    expect(isFrenchHoliday('2026-07-14')).toBe('Fête nationale');
    expect(isFrenchHoliday('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(isFrenchHoliday('2026-07-15')).toBeUndefined();
    expect(isFrenchHoliday('14/07/2026')).toBeUndefined();
    expect(isFrenchHoliday('')).toBeUndefined();
  });
});

describe('départements', () => {
  it('maps codes to holiday calendars', () => {
    expect(departementCalendar('57')).toBe('fr-alsace-moselle');
    expect(departementCalendar('67')).toBe('fr-alsace-moselle');
    expect(departementCalendar('68')).toBe('fr-alsace-moselle');
    expect(departementCalendar('971')).toBe('fr-971');
    expect(departementCalendar('974')).toBe('fr-974');
    expect(departementCalendar('976')).toBe('fr-976');
    expect(departementCalendar('975')).toBe('fr');
    expect(departementCalendar('75')).toBe('fr');
    expect(departementCalendar('2A')).toBe('fr');
    expect(departementCalendar('toString')).toBe('fr');
  });
  it('maps codes to time zones', () => {
    expect(departementTimeZone('971')).toBe('America/Guadeloupe');
    expect(departementTimeZone('972')).toBe('America/Martinique');
    expect(departementTimeZone('973')).toBe('America/Cayenne');
    expect(departementTimeZone('974')).toBe('Indian/Reunion');
    expect(departementTimeZone('975')).toBe('America/Miquelon');
    expect(departementTimeZone('976')).toBe('Indian/Mayotte');
    expect(departementTimeZone('57')).toBe('Europe/Paris');
    expect(departementTimeZone('2B')).toBe('Europe/Paris');
  });
});
