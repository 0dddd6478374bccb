import { describe, expect, it } from 'vitest';
import { describeHours } from '@relais/sdk';
import { loadFranceServices } from '../src/loaders.js';
import { readPoint } from '../src/format.js';
import { depOf, pointSchedule, pointStatus, pointToday, zoneOf } from '../src/status.js';
import { dataText, FRANCE_SERVICES } from './data.js';

const { points } = loadFranceServices(dataText(FRANCE_SERVICES));
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('each place in its own time zone', () => {
  it('knows the zones of overseas départements and collectivities', () => {
    expect(zoneOf('973')).toBe('America/Cayenne');
    expect(zoneOf('974')).toBe('Indian/Reunion');
    expect(zoneOf('978')).toBe('America/Marigot');
    expect(zoneOf('987')).toBe('Pacific/Tahiti');
    expect(zoneOf('988')).toBe('Pacific/Noumea');
    expect(zoneOf('986')).toBe('Pacific/Wallis');
    expect(depOf(undefined, '98800')).toBe('988');
    expect(zoneOf('48')).toBe('Europe/Paris');
    expect(depOf('2A004', '20000')).toBe('2A');
    expect(depOf(undefined, '20200')).toBe('2B');
    expect(depOf(undefined, '97300')).toBe('973');
  });

  it('says open in Cayenne at 10:00 Cayenne time, when it is 14:00 in Paris', () => {
    const cayenne = points.find((p) => p.dep === '973' && p.city === 'Cayenne' && p.hours?.startsWith('Mo-Fr'))!;
    expect(cayenne).toBeDefined();
    // Tuesday 2026-11-24, 10:00 in Cayenne (UTC−3) = 13:00 UTC.
    const now = new Date('2026-11-24T13:00:00Z');
    const status = pointStatus(cayenne, now)!;
    expect(status.timeZone).toBe('America/Cayenne');
    expect(status.open).toBe(true);
    // The same place read as if it were in Paris (16:00 is not 10:00) would be wrong.
    expect(pointSchedule(cayenne)!.timeZone).toBe('America/Cayenne');
    expect(norm(describeHours(status, { locale: 'fr', now, deviceTimeZone: 'Europe/Paris' }))).toMatch(/\(heure de Cayenne\)$/);
  });

  it('reads a hand-written place without a département in its own zone, from its postcode', () => {
    // A points file written by hand, places inline, no "dep": Cayenne must not be read in Paris time.
    const place = readPoint({ id: 'x', name: 'Lieu (exemple)', lat: 4.93, lng: -52.33, postcode: '97300', hours: 'Mo-Fr 08:00-12:00' })!;
    expect(place.dep).toBe('973');
    expect(pointStatus(place, new Date('2026-11-24T13:00:00Z'))!.timeZone).toBe('America/Cayenne');
    expect(readPoint({ id: 'y', name: 'Lieu (exemple)', lat: 44.5, lng: 3.5, postcode: '48000', dep: '48' }, '973')!.dep).toBe('48');
  });

  it('says closed in Saint-Denis de La Réunion at 19:00 local time, when it is 16:00 in Paris', () => {
    const reunion = points.filter((p) => p.dep === '974' && p.hours);
    expect(reunion.length).toBeGreaterThan(5);
    // Tuesday 2026-11-24, 19:00 in Réunion (UTC+4) = 15:00 UTC.
    const now = new Date('2026-11-24T15:00:00Z');
    for (const p of reunion) {
      const today = pointToday(p, now)!;
      const lastClose = Math.max(0, ...today.intervals.map((i) => Number(i.closes.slice(0, 2)) * 60 + Number(i.closes.slice(3))));
      expect(pointStatus(p, now)!.open, p.name).toBe(lastClose > 19 * 60);
    }
  });

  it('closes on public holidays (14 July) unless the hours say otherwise', () => {
    const mainland = points.find((p) => p.dep === '48' && p.hours?.startsWith('Mo-Fr'))!;
    const bastille = new Date('2026-07-14T08:00:00Z'); // a Tuesday, 10:00 in Paris
    expect(pointStatus(mainland, bastille)!.open).toBe(false);
    expect(pointStatus(mainland, bastille)!.holiday).toBe('Fête nationale');
    const withPh = { hours: 'Mo-Fr 09:00-17:00; PH 09:00-12:00', dep: '48' };
    expect(pointStatus(withPh, bastille)!.open).toBe(true);
    // Abolition day in Guyane (10 June) is a holiday there, not in Paris.
    const guyane = { hours: 'Mo-Su 08:00-18:00', dep: '973' };
    expect(pointStatus(guyane, new Date('2026-06-10T14:00:00Z'))!.open).toBe(false);
    expect(pointStatus({ hours: 'Mo-Su 08:00-18:00', dep: '75' }, new Date('2026-06-10T10:00:00Z'))!.open).toBe(true);
  });

  it('gives no status when the hours are unknown or unreadable', () => {
    expect(pointStatus({ dep: '48' }, new Date())).toBeUndefined();
    expect(pointStatus({ hours: 'Lu-Ve 9h-12h', dep: '48' }, new Date())).toBeUndefined();
  });
});
