import { describe, expect, it } from 'vitest';
import { csvRecords } from '../src/csv.js';
import { buildGeoTable, locator } from '../src/geocode.js';
import { detectFormat, displayPhone, loadFranceServices, loadMediationCsv, loadMediationJson, loadSource, SourceFormatError } from '../src/loaders.js';
import { mergeLoaded } from '../src/merge.js';
import { offers } from '../src/model.js';
import { COMMUNES, dataText, FRANCE_SERVICES, PACA, STANDARD_EXAMPLE } from './data.js';

const fsText = dataText(FRANCE_SERVICES);
const pacaText = dataText(PACA);
const table = buildGeoTable(dataText(COMMUNES));

describe('loadFranceServices on the national list (Aug 2024)', () => {
  const { points, report } = loadFranceServices(fsText, { source: FRANCE_SERVICES });

  it('reads all 2,845 rows and keeps them all (every one is geolocated)', () => {
    expect(report.rows).toBe(2845);
    expect(report.kept).toBe(2845);
    expect(report.skipped).toEqual([]);
    expect(points).toHaveLength(2845);
    expect(new Set(points.map((p) => p.id)).size).toBe(2845);
  });

  it('reads a known row: name, address, position, phone, hours (padding gone), appointments', () => {
    const p = points.find((x) => x.id === 'fs-1')!;
    expect(p).toMatchObject({
      name: 'France services de Valserhône',
      kind: 'france-services',
      street: '5-9 Rue des Papetiers',
      postcode: '01200',
      city: 'Valserhône',
      dep: '01',
      phone: '04 50 56 87 49',
      appointments: false,
      hours: 'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00',
    });
    expect(p.lat).toBeCloseTo(46.10607, 5);
    expect(p.lng).toBeCloseTo(5.82601, 5);
    expect(p.mobile).toBeUndefined();
  });

  it('marks buses and itinerant services as such', () => {
    const { records } = csvRecords(fsText);
    const mobileRows = records.filter((r) => /bus|itin/i.test(r['format_fs'] ?? '')).length;
    expect(mobileRows).toBeGreaterThan(100);
    expect(points.filter((p) => p.mobile)).toHaveLength(mobileRows);
    expect(points.find((p) => p.id === 'fs-3')).toMatchObject({ mobile: true, name: 'Bus France services Thiérache Sambre et Oise' });
  });

  it('drops padding intervals "00:00 - 00:00", and says so', () => {
    const { records } = csvRecords(fsText);
    const padded = records.filter((r) => Object.entries(r).some(([k, v]) => k.startsWith('h_') && v.includes('00:00 - 00:00')));
    expect(padded.length).toBeGreaterThan(0);
    const repaired = report.repairs.filter((r) => r.detail.includes('padding'));
    expect(repaired.map((r) => r.id).sort()).toEqual(padded.map((r) => `fs-${r['id_fs']}`).sort());
    for (const p of points) expect(p.hours ?? '').not.toContain('00:00-00:00');
  });

  it('joins line breaks of quoted comments and keeps overseas départements', () => {
    const noted = report.repairs.filter((r) => r.field === 'commentaire');
    expect(noted.length).toBeGreaterThan(0);
    for (const r of noted) expect(points.find((p) => p.id === r.id)!.note).not.toMatch(/\n/);
    const deps = new Set(points.map((p) => p.dep));
    for (const dep of ['971', '972', '973', '974', '976', '2A', '2B']) expect(deps.has(dep), dep).toBe(true);
  });

  it('refuses a file that is not the list', () => {
    expect(() => loadFranceServices('nom,ville\nA,B\n')).toThrow(SourceFormatError);
  });
});

describe('loadMediationJson on the PACA file (early version of the standard)', () => {
  const raw = JSON.parse(pacaText) as Record<string, unknown>[];

  it('reads 646 rows; without a postcode table, the 4 without coordinates are skipped and say why', () => {
    const { report } = loadMediationJson(pacaText);
    expect(report.rows).toBe(646);
    expect(report.kept).toBe(642);
    expect(report.skipped).toHaveLength(4);
    for (const s of report.skipped) {
      expect(s.reason).toBe('no-location');
      expect(s.detail).toContain('no coordinates');
    }
    expect(report.skipped.map((s) => s.name).sort()).toEqual(
      raw
        .filter((r) => r['latitude'] === undefined)
        .map((r) => r['nom'])
        .sort(),
    );
  });

  it('with the postcode table, places them at their commune and marks them approximate', () => {
    const { points, report } = loadMediationJson(pacaText, { locate: locator(table) });
    expect(report.kept).toBe(646);
    expect(report.skipped).toEqual([]);
    const approx = points.filter((p) => p.approximate);
    expect(approx).toHaveLength(4);
    const martigues = approx.find((p) => p.postcode === '13500')!;
    expect(martigues.lat).toBeCloseTo(43.38, 1);
    expect(report.repairs.filter((r) => r.field === 'latitude/longitude')).toHaveLength(4);
  });

  it('reads a known row: services, phone, national labels separated by ";"', () => {
    const { points } = loadMediationJson(pacaText);
    const p = points.find((x) => x.id === 'med-dora-20608135-7631-4ce4-b81a-bb1d395680fa')!;
    expect(p).toMatchObject({
      name: 'Point Information Jeunesse',
      city: 'Carpentras',
      postcode: '84200',
      street: '35 Rue du Collége',
      kind: 'mediation',
      dep: '84',
    });
    expect(p.lat).toBeCloseTo(44.053794, 5);
    expect(p.services).toContain('Aide aux démarches administratives');
    const labelled = points.find((x) => x.programmes?.includes('CNFS') && x.programmes.includes('France Services'))!;
    expect(labelled.kind).toBe('france-services');
    const phone = points.find((x) => x.phone)!;
    expect(phone.phone).toMatch(/^0\d( \d\d){4}$/);
  });

  it('filters by service: only lieux that help with administrative procedures, France Services always among them', () => {
    const service = 'Aide aux démarches administratives';
    const { points, report } = loadMediationJson(pacaText, { locate: locator(table), filter: { services: [service] } });
    const listed = (r: Record<string, unknown>) =>
      String(r['services'] ?? '')
        .split('|')
        .includes(service);
    const franceServices = (r: Record<string, unknown>) =>
      String(r['labels_nationaux'] ?? '')
        .split(';')
        .includes('France Services') || /\b(PREF|RFS)\b/.test(String(r['typologie'] ?? ''));
    const expected = raw.filter((r) => listed(r) || franceServices(r)).length;
    // Some France Services rows do not list the service: they are kept all the same (what `offers` says).
    expect(raw.filter((r) => franceServices(r) && !listed(r)).length).toBeGreaterThan(0);
    expect(points).toHaveLength(expected);
    expect(report.skipped.filter((s) => s.reason === 'filtered')).toHaveLength(646 - expected);
    expect(points.every((p) => offers(p, service))).toBe(true);
    expect(points.filter((p) => p.kind === 'france-services')).toHaveLength(raw.filter(franceServices).length);
  });

  it("filters by national programme, named in the early version's labels_nationaux", () => {
    const { points } = loadMediationJson(pacaText, { locate: locator(table), filter: { programmes: ['France Services'] } });
    const expected = raw.filter((r) =>
      String(r['labels_nationaux'] ?? '')
        .split(';')
        .includes('France Services'),
    ).length;
    expect(points).toHaveLength(expected);
  });
});

describe("loadMediationCsv on the standard's valid example", () => {
  const text = dataText(STANDARD_EXAMPLE);

  it('reads its one row with "|"-separated values, links and accessibility', () => {
    const { points, report } = loadMediationCsv(text);
    expect(report.rows).toBe(1);
    expect(points).toHaveLength(1);
    const p = points[0]!;
    expect(p).toMatchObject({
      id: 'med-structure-1',
      name: 'Anonymal',
      kind: 'mediation',
      city: 'Reims',
      postcode: '51100',
      dep: '51',
      phone: '01 80 05 98 80',
      hours: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
      typologie: ['TIERS_LIEUX', 'ASSO'],
      booking: 'https://www.rdv-solidarites.fr/',
      appointments: true,
      mobile: true,
    });
    expect(p.access).toMatch(/^https:\/\/acceslibre\.beta\.gouv\.fr\//);
    expect(p.support).toEqual(['Surdité', 'Illettrisme', 'Langues étrangères (anglais)']);
    expect(p.programmes).toEqual(['Aidants Connect', 'Conseillers numériques', 'La Croix Rouge']);
  });

  it('filters by typology code (PREF, RFS): this one is neither', () => {
    const { points, report } = loadMediationCsv(text, { filter: { typologie: ['PREF', 'RFS'] } });
    expect(points).toEqual([]);
    expect(report.skipped[0]!.reason).toBe('filtered');
  });

  it('classifies préfectures and France Services from typology codes', () => {
    const header = 'id,nom,code_postal,commune,adresse,latitude,longitude,typologie\n';
    const { points } = loadMediationCsv(`${header}a,P,48000,Mende,x,44.5,3.5,PREF\nb,F,48000,Mende,x,44.5,3.5,RFS|MAIRIE\nc,M,48000,Mende,x,44.5,3.5,ASSO\n`);
    expect(points.map((p) => p.kind)).toEqual(['prefecture', 'france-services', 'mediation']);
  });
});

describe('detecting and merging sources', () => {
  it('tells the formats apart by their content', () => {
    expect(detectFormat(fsText)).toBe('france-services');
    expect(detectFormat(pacaText)).toBe('mediation-json');
    expect(detectFormat(dataText(STANDARD_EXAMPLE))).toBe('mediation-csv');
    expect(detectFormat('a,b\n1,2')).toBeUndefined();
    expect(() => loadSource('a,b\n1,2')).toThrow(SourceFormatError);
  });

  it('keeps a France Services listed in both files once, and reports the second as a duplicate', () => {
    const fs = loadFranceServices(fsText);
    const paca = loadMediationJson(pacaText, { locate: locator(table) });
    const before = paca.report.kept;
    const merged = mergeLoaded([fs, paca]);
    const dups = paca.report.skipped.filter((s) => s.reason === 'duplicate');
    expect(dups.length).toBeGreaterThan(50);
    expect(merged).toHaveLength(2845 + before - dups.length);
    expect(paca.report.kept).toBe(before - dups.length);
    for (const d of dups) expect(d.detail).toMatch(/^same place as fs-\d+/);
    // Lieux de médiation are never merged, even in the same building.
    expect(merged.filter((p) => p.kind === 'mediation')).toHaveLength(paca.points.filter((p) => p.kind === 'mediation').length);
  });

  it('writes phone numbers the French way, overseas ones included', () => {
    expect(displayPhone('+33492314387')).toBe('04 92 31 43 87');
    expect(displayPhone('+594594123456')).toBe('05 94 12 34 56');
    expect(displayPhone('0466001122')).toBe('04 66 00 11 22');
    expect(displayPhone('+687 12 34 56')).toBe('+687 12 34 56');
    expect(displayPhone('  ')).toBeUndefined();
  });
});
