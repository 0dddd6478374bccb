import { describe, expect, it } from 'vitest';
import { formatOpeningHours, parseOpeningHours } from '../src/opening-hours.js';
import type { ParsedHours } from '../src/opening-hours.js';
import { loadMediationJson } from '../src/loaders.js';
import { dataText, PACA } from './data.js';

const ok = (parsed: ParsedHours) => {
  if (!parsed.ok) throw new Error(`expected to parse: ${parsed.text} (${parsed.reason})`);
  return parsed;
};
const h = (hh: number, mm = 0) => hh * 60 + mm;

describe('parseOpeningHours: the subset of OSM opening_hours', () => {
  it('reads day ranges, lists and several intervals a day', () => {
    const { hours, normalized } = ok(parseOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00'));
    expect(hours.week[0]).toEqual([
      [h(9), h(12)],
      [h(14), h(17)],
    ]);
    expect(hours.week[4]).toEqual([
      [h(9), h(12)],
      [h(14), h(17)],
    ]);
    expect(hours.week[5]).toEqual([[h(9), h(12)]]);
    expect(hours.week[6]).toEqual([]);
    expect(normalized).toBe('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00');
  });

  it('lets a later ";" rule replace the days it names, "off" included', () => {
    const { hours, normalized } = ok(parseOpeningHours('Mo-Fr 08:30-12:00,13:30-17:00; We off; Th 08:30-12:00'));
    expect(hours.week[2]).toEqual([]);
    expect(hours.week[3]).toEqual([[h(8, 30), h(12)]]);
    expect(normalized).toBe('Mo,Tu,Fr 08:30-12:00,13:30-17:00; Th 08:30-12:00');
  });

  it('adds "," additional rules instead of replacing', () => {
    const { hours } = ok(parseOpeningHours('Mo-Fr 09:00-12:00, We 14:00-16:00'));
    expect(hours.week[2]).toEqual([
      [h(9), h(12)],
      [h(14), h(16)],
    ]);
    expect(hours.week[1]).toEqual([[h(9), h(12)]]);
  });

  it('reads wrapping day ranges, times past midnight, 24:00, 24/7 and lists with spaces', () => {
    expect(ok(parseOpeningHours('Fr-Mo 10:00-12:00')).hours.week.map((d) => d.length)).toEqual([1, 0, 0, 0, 1, 1, 1]);
    expect(ok(parseOpeningHours('Sa 22:00-02:00')).hours.week[5]).toEqual([[h(22), h(26)]]);
    expect(ok(parseOpeningHours('Su 18:00-24:00')).hours.week[6]).toEqual([[h(18), h(24)]]);
    expect(ok(parseOpeningHours('24/7')).hours.week.every((d) => d[0]![1] === 1440)).toBe(true);
    expect(ok(parseOpeningHours('Tu, Th 09:00 - 12:00')).hours.week[3]).toEqual([[h(9), h(12)]]);
  });

  it('reads "PH off" and public-holiday hours', () => {
    expect(ok(parseOpeningHours('Mo-Fr 09:00-17:00; PH off')).hours.holidays).toBe('off');
    const ph = ok(parseOpeningHours('Mo-Fr 09:00-17:00; PH 10:00-12:00'));
    expect(ph.hours.holidays).toEqual([[h(10), h(12)]]);
    expect(ph.normalized).toBe('Mo-Fr 09:00-17:00; PH 10:00-12:00');
  });

  it('refuses, with a reason, what it cannot be sure of', () => {
    for (const text of [
      'Sa 17:00',
      'Mo 08:45-12:00-13:45',
      'Mo 14-17',
      '08:00-17:00',
      'Lu-Ve 9h-12h',
      'Mo-Fr 25:00-26:00',
      'Mo 10:00-10:00',
      'Mo-Fr',
      'Mo-Fr 09:00-12:00 || "sur rendez-vous"',
      '',
    ]) {
      const parsed = parseOpeningHours(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) {
        expect(parsed.text).toBe(text);
        expect(parsed.reason.length).toBeGreaterThan(0);
      }
    }
  });

  it('writes back a canonical form that parses to the same week', () => {
    const week = [[[h(9), h(12)]], [[h(9), h(12)]], [], [[h(9), h(12)]], [[h(14), h(17)]], [], []] as [number, number][][];
    const text = formatOpeningHours({ week });
    expect(text).toBe('Mo,Tu,Th 09:00-12:00; Fr 14:00-17:00');
    expect(ok(parseOpeningHours(text)).hours.week).toEqual(week);
  });
});

// Every `horaires` string of the PACA file. The reference is an independent,
// strict grammar of the subset (weekday selector, then HH:MM-HH:MM intervals
// or "off", rules joined by "; "): what it accepts must parse, and what it
// refuses must be kept as text, untouched, by the loader.
describe('every horaires string of lieux-mediation-paca-2023-05.json', () => {
  const rows = JSON.parse(dataText(PACA)) as { id: string; horaires?: string }[];
  const strings = rows.map((r) => r.horaires).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  const D = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
  const T = '(?:[01]\\d|2[0-3]):[0-5]\\d';
  const RULE = `${D}(?:-${D})?(?:,${D}(?:-${D})?)* (?:${T}-(?:${T}|24:00)(?:,${T}-(?:${T}|24:00))*|off)`;
  const strict = new RegExp(`^${RULE}(?:; ${RULE})*$`);

  it('has the strings the data README describes (about 409, 8 of them malformed)', () => {
    expect(strings.length).toBe(409);
    expect(strings.filter((s) => !strict.test(s)).length).toBe(8);
  });

  it('parses every well-formed string, and its canonical form round-trips', () => {
    for (const text of strings.filter((s) => strict.test(s))) {
      const parsed = ok(parseOpeningHours(text));
      expect(
        parsed.hours.week.some((d) => d.length),
        text,
      ).toBe(true);
      expect(ok(parseOpeningHours(parsed.normalized)).normalized, text).toBe(parsed.normalized);
    }
  });

  it('refuses every malformed one, and the loader keeps it as written (the place is kept)', () => {
    const malformed = strings.filter((s) => !strict.test(s));
    for (const text of malformed) expect(parseOpeningHours(text).ok, text).toBe(false);
    const { points, report } = loadMediationJson(dataText(PACA));
    const kept = points.filter((p) => p.hoursText !== undefined);
    expect(kept.map((p) => p.hoursText).sort()).toEqual([...malformed].sort());
    expect(kept.every((p) => p.hours === undefined)).toBe(true);
    expect(report.repairs.filter((r) => r.field === 'horaires' && r.action === 'kept')).toHaveLength(8);
    // None of them was dropped for its hours.
    expect(report.skipped.every((s) => s.reason === 'no-location')).toBe(true);
  });
});
