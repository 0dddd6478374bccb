import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

// The command as an adviser runs it: the committed bin file, which loads the
// built code (dist/), so the package is built first.
const root = process.cwd();
const bin = resolve(root, 'packages/sdk/bin/relais-code.js');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs main() with a fake terminal. */
function inProcess(args: string[], tty = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t), tty });
  return { code, out, err };
}

const nb = (text: string) => text.replace(/\u00a0/g, ' ');

beforeAll(() => {
  execFileSync(resolve(root, 'node_modules/.bin/tsc'), ['-b', 'packages/sdk'], { cwd: root, stdio: 'inherit' });
}, 120_000);

describe('relais-code', () => {
  it('reads a code back: exit 0, the reading on stdout, nothing on stderr', () => {
    const { code, stdout, stderr } = run(['2a 28']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(nb(stdout)).toBe('2A-28 : Carte grise — changement de titulaire — étape 1 : Votre véhicule\n');
  });

  it('says "code mal lu" with the nearest valid codes for one wrong symbol: exit 1', () => {
    const { code, stdout, stderr } = run(['2A-29']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(nb(stdout).split('\n')).toEqual([
      '2A-29 : Code mal lu',
      'Codes proches (un seul signe change) :',
      '  2A-28 : Carte grise — changement de titulaire — étape 1 : Votre véhicule',
      'Demandez à la personne de relire le code, un signe à la fois.',
      '',
    ]);
  });

  it('reads several codes, in English or easy-to-read French, and as JSON', () => {
    expect(nb(inProcess(['2A-28', '4A-ZA', '--lang', 'en']).out)).toBe(
      '2A-28: Vehicle registration — change of owner — step 1: Your vehicle\n4A-ZA: Identity card — pre-application — step unknown\n',
    );
    expect(nb(inProcess(['--easy', '2A-28']).out)).toBe('2A-28 : Carte grise — changement de titulaire. Étape 1 : Votre véhicule\n');
    const { code, out } = inProcess(['--json', '2A-28', '2O-28']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as Record<string, unknown>[];
    expect(report[0]).toMatchObject({
      code: '2A-28',
      valid: true,
      procedure: { id: 'ants/carte-grise/changement-titulaire' },
      step: { id: 'vehicule', position: 1 },
    });
    expect(report[1]).toMatchObject({ code: '2O-28', valid: false, suggestions: [{ code: '2A-28', valid: true }] });
  });

  it('says when no code is near: exit 1', () => {
    const { code, out } = inProcess(['99-99']);
    expect(code).toBe(1);
    expect(nb(out)).toContain('Aucun code proche.');
  });

  it('exits 2 on usage errors, with the usage on stderr and nothing on stdout', () => {
    for (const args of [[], ['--lang', 'de', '2A-28'], ['--fast', '2A-28']]) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^relais-code: .*\n\nUsage: relais-code <code…>/);
    }
  });

  it('prints its help and version on stdout, exit 0, and never writes progress, even on a terminal', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stderr: '' });
    expect(run(['--help']).stdout).toMatch(/^Usage: relais-code/);
    expect(run(['-v']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(inProcess(['2A-28'], true).err).toBe('');
  });
});
