import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNES, dataPath, FRANCE_SERVICES, PACA, STANDARD_EXAMPLE } from './data.js';

// The command as a user runs it: the committed bin file, which loads the built
// code (dist/), so the package is built first.
const root = process.cwd();
const bin = resolve(root, 'packages/points/bin/relais-points.js');
let tmp = '';

function run(args: string[], cwd = root): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync(resolve(root, 'node_modules/.bin/tsc'), ['-b', 'packages/points'], { cwd: root, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'relais-points-'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('relais-points build', () => {
  it('builds the France Services list with the postcode table: exit 0, summary on stdout, nothing on stderr off a terminal', () => {
    const out = join(tmp, 'fs');
    const { code, stdout, stderr } = run(['build', dataPath(FRANCE_SERVICES), '--out', out, '--postcodes', dataPath(COMMUNES)]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/france-services-2024-08\.csv \(France Services list\): 2845 rows read, 2845 kept, 0 skipped/);
    expect(stdout).toMatch(/padding interval\(s\) "00:00 - 00:00" dropped: \d+/);
    expect(stdout).toMatch(/Total: 2845 rows read, 2845 kept, 0 skipped\./);
    expect(stdout).toMatch(/Geocoding table: 6187 postcodes/);
    const entry = JSON.parse(readFileSync(join(out, 'points.json'), 'utf8'));
    expect(entry).toMatchObject({ format: 'relais-points', version: 1, count: 2845 });
    expect(readdirSync(join(out, 'points'))).toContain('48.json');
    expect(readdirSync(join(out, 'geo'))).toContain('cp-48.json');
  });

  it('without --postcodes, warns on stderr (even off a terminal) that the finder cannot search by postcode or commune; exit 0', () => {
    const { code, stdout, stderr } = run(['build', dataPath(STANDARD_EXAMPLE), '--out', join(tmp, 'no-postcodes')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^relais-points: warning: no --postcodes: .*cannot search by postcode or commune.*Add --postcodes communes\.csv/);
    expect(stdout).not.toMatch(/warning/);
    const json = run(['build', dataPath(STANDARD_EXAMPLE), '--out', join(tmp, 'no-postcodes-json'), '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, geocoding: false, warnings: [expect.stringContaining('no --postcodes')] });
  });

  it('reports skipped rows by reason and rows kept as written, for several sources', () => {
    const out = join(tmp, 'all');
    const { code, stdout } = run(['build', dataPath(FRANCE_SERVICES), dataPath(PACA), dataPath(STANDARD_EXAMPLE), '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/lieux-mediation-paca-2023-05\.json \(lieux de médiation numérique, JSON\): 646 rows read, \d+ kept, \d+ skipped/);
    expect(stdout).toMatch(/skipped, no usable location: 4/);
    expect(stdout).toMatch(/no coordinates and no postcode table to place it \(--postcodes\)/);
    expect(stdout).toMatch(/skipped, same place as in an earlier source: \d+/);
    expect(stdout).toMatch(/kept as written \(could not be read\), horaires: 8/);
    expect(stdout).toMatch(/exemple-valide\.csv \(lieux de médiation numérique, CSV\): 1 rows read, 1 kept/);
  });

  it('prints a JSON report with --json', () => {
    const { code, stdout } = run(['build', dataPath(STANDARD_EXAMPLE), '--out', join(tmp, 'json'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: true, rows: 1, kept: 1, skipped: 0 });
  });

  it('exits 2 on usage errors, with the usage on stderr', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['build', dataPath(STANDARD_EXAMPLE)],
      ['build', '--out', join(tmp, 'x')],
      ['build', dataPath(STANDARD_EXAMPLE), '--out', join(tmp, 'x'), '--colour'],
    ]) {
      const { code, stderr, stdout } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: relais-points build');
      expect(stdout).toBe('');
    }
    expect(run(['--help']).code).toBe(0);
    // Asking for help wins over an unknown flag: the help, on stdout, exit 0.
    const help = run(['build', '--bogus', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: relais-points build');
  });

  it('exits 1 on unusable input and writes nothing', () => {
    const junk = join(tmp, 'junk.csv');
    writeFileSync(junk, 'a,b\n1,2\n');
    const out = join(tmp, 'never');
    for (const args of [[junk], [join(tmp, 'missing.csv')], [dataPath(STANDARD_EXAMPLE), '--postcodes', junk]]) {
      const { code, stdout } = run(['build', ...args, '--out', out]);
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toMatch(/nothing written/);
    }
    const noPlace = join(tmp, 'noplace.csv');
    writeFileSync(noPlace, 'id,nom,code_postal,commune,adresse\na,Lieu sans position,48000,Mende,1 rue\n');
    const { code, stdout } = run(['build', noPlace, '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/no place could be kept/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('walks folders, skipping node_modules, dist and dot-folders', () => {
    const dir = join(tmp, 'tree');
    for (const sub of ['a', 'node_modules/x', 'dist', '.cache']) {
      mkdirSync(join(dir, sub), { recursive: true });
      copyFileSync(dataPath(STANDARD_EXAMPLE), join(dir, sub, 'lieux.csv'));
    }
    writeFileSync(join(dir, 'a', 'notes.json'), '{"hello": "world"}');
    const { code, stdout } = run(['build', dir, '--out', join(tmp, 'tree-out')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Total: 1 rows read, 1 kept/);
    expect(stdout).toMatch(/notes\.json: not a help-points file, ignored/);
  });
});

describe('the sample points file of the examples', () => {
  it('is what the CLI builds from packages/points/sample/ (run `npm run sample -w @relais/points` after editing it)', () => {
    const out = join(tmp, 'sample');
    const { code, stdout } = run([
      'build',
      'packages/points/sample/lieux-exemple.csv',
      '--postcodes',
      'packages/points/sample/communes-exemple.csv',
      '--date',
      '2025-01-15',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/20 rows read, 20 kept, 0 skipped/);
    const committed = resolve(root, 'examples/carte-grise/points');
    const list = (d: string): string[] =>
      readdirSync(d, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .sort();
    expect(list(committed)).toEqual(list(out));
    for (const file of list(out)) {
      expect(JSON.parse(readFileSync(join(committed, file), 'utf8')), file).toEqual(JSON.parse(readFileSync(join(out, file), 'utf8')));
    }
  });
});
