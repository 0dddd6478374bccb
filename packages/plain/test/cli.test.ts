import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

// The command as a user runs it: the committed bin file, which loads the built
// code (dist/), so the package is built first.
const root = process.cwd();
const bin = resolve(root, 'packages/plain/bin/relais-lint.js');
let tmp = '';

function run(args: string[], cwd = tmp): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A small form: every kind of text relais-lint reads, on known lines. */
const FORM = `<!doctype html>
<html lang="fr">
<head><title>Demande de carte grise</title></head>
<body>
<main>
  <h1>Votre véhicule</h1>
  <p>Le code est envoyé par le vendeur à l'acquéreur après la vérification de la déclaration et la validation de la transmission du dossier.</p>
  <form>
    <fieldset>
      <legend>Le vendeur vous a-t-il donné le code de cession ?</legend>
      <label for="neph">Numéro NEPH</label>
      <p id="neph-aide">Vous le trouverez auprès de l'ANTS.</p>
      <input id="neph" aria-describedby="neph-aide" aria-errormessage="neph-erreur">
      <p id="neph-erreur" hidden>Le numéro doit comporter douze chiffres.</p>
      <span class="fr-hint-text">Indiquez la date de la vente.</span>
      <button type="submit" title="Envoyer la demande à l'administration">Envoyer</button>
      <a href="/aide" aria-label="Obtenir de l'aide pour remplir le formulaire">Aide</a>
      <p lang="en">This English sentence is left alone.</p>
    </fieldset>
  </form>
</main>
</body>
</html>
`;

const CATALOGUE = JSON.stringify(
  {
    fr: { 'help.button': "Besoin d'aide ? Parler à une personne", 'help.intro': 'Donnez ce code à la personne qui vous répond.' },
    'fr-easy': { 'help.intro': 'Dites ce code à la personne au téléphone. La CNI est utile.' },
  },
  null,
  2,
);

beforeAll(() => {
  execFileSync(resolve(root, 'node_modules/.bin/tsc'), ['-b', 'packages/plain'], { cwd: root, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'relais-lint-'));
  mkdirSync(join(tmp, 'site/pages'), { recursive: true });
  writeFileSync(join(tmp, 'site/pages/form.html'), FORM);
  writeFileSync(join(tmp, 'site/messages.json'), CATALOGUE);
  writeFileSync(join(tmp, 'site/data.json'), JSON.stringify({ version: 1, points: [] }));
  writeFileSync(join(tmp, 'site/notes.txt'), 'Première ligne du texte\nqui continue ici.\n\nUn autre paragraphe, court et clair pour tout le monde.\n');
  for (const skipped of ['node_modules/pkg', 'dist', '.cache']) {
    mkdirSync(join(tmp, 'site', skipped), { recursive: true });
    writeFileSync(join(tmp, 'site', skipped, 'skip.html'), '<p>Ce fichier ne doit pas être lu par la commande.</p>');
  }
  writeFileSync(join(tmp, 'not-html.html'), 'Ceci est du texte, sans aucune balise.');
  writeFileSync(join(tmp, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(tmp, 'bad.json'), '{ "a": "texte", }');
  writeFileSync(join(tmp, 'style.css'), 'p { color: red }');
  mkdirSync(join(tmp, 'many'));
  for (let i = 0; i < 12; i++) writeFileSync(join(tmp, 'many', `p${i}.html`), `<p>Page ${i} : un texte court et simple pour tous.</p>`);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('relais-lint', () => {
  it('lints an HTML form: each finding with file:line, rule and suggestion; exit 0 without thresholds; nothing on stderr off a terminal', () => {
    const { code, stdout, stderr } = run(['site/pages/form.html']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^site\/pages\/form\.html\n {2}Kandel–Moles [\d.]+ \(/u);
    expect(stdout).toContain('site/pages/form.html:7  long-sentence (warning)  23 words (at most 20)');
    expect(stdout).toContain('site/pages/form.html:7  passive (info)  passive voice');
    expect(stdout).toContain('site/pages/form.html:7  nominalisation (info)  4 nouns made from verbs in one sentence');
    expect(stdout).toMatch(
      /form\.html:11 {2}acronym \(warning\) {2}the acronym NEPH is not written out\n.*\n {6}→ Write it out the first time: « numéro d'enregistrement préfectoral harmonisé \(NEPH\) »/u,
    );
    expect(stdout).toContain('form.html:12  acronym (warning)  the acronym ANTS is not written out');
    expect(stdout).toMatch(/Words the glossary explains \(<relais-term> or annotate\(\)\): .*code de cession/u);
    expect(stdout).toMatch(/relais-lint: 1 page, \d+ findings; no threshold set\.\n$/u);
    expect(stdout).not.toContain('English sentence');
  });

  it('reads every kind of text of a form, with its line (--format json)', () => {
    const { code, stdout } = run(['site/pages/form.html', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ tool: 'relais-lint', ok: true, problems: [] });
    const texts = report.pages[0].texts.map((t: { kind: string; line: number; text: string }) => [t.kind, t.line, t.text]);
    expect(texts).toEqual([
      ['title', 3, 'Demande de carte grise'],
      ['heading', 6, 'Votre véhicule'],
      ['paragraph', 7, expect.stringMatching(/^Le code est envoyé/u)],
      ['legend', 10, 'Le vendeur vous a-t-il donné le code de cession ?'],
      ['label', 11, 'Numéro NEPH'],
      ['hint', 12, "Vous le trouverez auprès de l'ANTS."],
      ['error', 14, 'Le numéro doit comporter douze chiffres.'],
      ['hint', 15, 'Indiquez la date de la vente.'],
      ['attribute', 16, "Envoyer la demande à l'administration"],
      ['button', 16, 'Envoyer'],
      ['attribute', 17, "Obtenir de l'aide pour remplir le formulaire"],
      ['paragraph', 17, 'Aide'],
    ]);
    const page = report.pages[0];
    expect(page.labels).toBe(5);
    expect(page.score.words).toBeGreaterThan(0);
    expect(page.texts[2].sentences[0]).toMatchObject({ line: 7, words: 23, hard: true });
  });

  it('reads JSON catalogues by key (easy-to-read under "fr-easy") and text files by paragraph', () => {
    const { stdout } = run(['site/messages.json', 'site/notes.txt', '--format', 'json']);
    const [catalogue, notes] = JSON.parse(stdout).pages;
    expect(catalogue.texts.map((t: { id: string; line: number; easy: boolean }) => [t.id, t.line, t.easy])).toEqual([
      ['fr.help.button', 3, false],
      ['fr.help.intro', 4, false],
      ['fr-easy.help.intro', 7, true],
    ]);
    // Easy-to-read: no acronym at all.
    expect(catalogue.texts[2].findings).toContainEqual(expect.objectContaining({ rule: 'acronym', severity: 'error', line: 7 }));
    expect(notes.texts.map((t: { line: number; text: string }) => [t.line, t.text])).toEqual([
      [1, 'Première ligne du texte qui continue ici.'],
      [4, 'Un autre paragraphe, court et clair pour tout le monde.'],
    ]);
  });

  it('shows each page with its hard sentences highlighted (--format html), text escaped', () => {
    const { code, stdout } = run(['site/pages/form.html', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="en">/u);
    expect(stdout).toMatch(/<mark title="Kandel–Moles [\d.-]+, 23 words">Le code est envoyé par le vendeur à l&#39;acquéreur/u);
    expect(stdout).not.toContain("l'acquéreur");
  });

  it('walks folders, skipping node_modules, dist and dot-folders, and ignoring JSON files that are not catalogues', () => {
    const { code, stdout } = run(['site', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.pages.map((p: { file: string }) => p.file)).toEqual(['site/messages.json', 'site/notes.txt', 'site/pages/form.html']);
    expect(report.ignored).toEqual([{ file: 'site/data.json', message: 'not a message catalogue: "version" is not a string (line 1)' }]);
    expect(stdout).not.toContain('skip.html');
  });

  it('fails (exit 1) when a page is below --min-score or harder than --max-level, and passes when it is not', () => {
    const low = run(['site/pages/form.html', '--min-score', '110']);
    expect(low.code).toBe(1);
    expect(low.stdout).toMatch(/FAILED: Kandel–Moles [\d.]+ is below --min-score 110/u);
    expect(low.stdout).toMatch(/thresholds --min-score 110: 1 failed\.\n$/u);
    const level = run(['site/pages/form.html', '--max-level', 'tres-facile', '--format', 'json']);
    expect(level.code).toBe(1);
    expect(JSON.parse(level.stdout).pages[0].failures[0]).toMatch(/is harder than --max-level 1 \(tres-facile\)/u);
    const ok = run(['site/notes.txt', '--min-score', '20', '--max-level', '6']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/thresholds --min-score 20 --max-level 6: all passed\.\n$/u);
  });

  it('says clearly what it cannot read, and exits 1', () => {
    const { code, stdout, stderr } = run(['not-html.html', 'binary.html', 'bad.json', 'style.css', 'missing.html', 'site/notes.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('not-html.html: not an HTML file (no HTML tag found)');
    expect(stdout).toContain('binary.html: not a text file (binary content)');
    expect(stdout).toContain('bad.json: not valid JSON: expected a key at line 1');
    expect(stdout).toContain('style.css: not a file relais-lint reads (expected .html, .htm, .json or .txt)');
    expect(stdout).toContain('missing.html: no such file or folder');
    // The readable file is still reported.
    expect(stdout).toMatch(/^site\/notes\.txt$/mu);
  });

  it('exits 2 on usage errors, with the usage on stderr', () => {
    for (const args of [
      [],
      ['--format', 'xml', 'a.html'],
      ['--min-score', 'high', 'a.html'],
      ['--max-level', 'moyen', 'a.html'],
      ['--nope', 'a.html'],
      ['a.html', '--format'],
    ]) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^relais-lint: .+\n\nUsage: relais-lint/u);
    }
    expect(run(['--help']).stdout).toMatch(/^Usage: relais-lint <files or folders…>/u);
    expect(run(['--version']).stdout).toBe('0.1.0\n');
  });

  it('shows a progress bar on stderr only on a terminal, and the same report either way', async () => {
    const capture = async (tty: boolean) => {
      let out = '';
      let err = '';
      const code = await main(['many'], { out: (t) => (out += t), err: (t) => (err += t), tty, cwd: tmp });
      return { code, out, err };
    };
    const terminal = await capture(true);
    const piped = await capture(false);
    expect(terminal.code).toBe(0);
    expect(terminal.err).toMatch(/\r.*\[#* *\] \d+\/12/u);
    expect(terminal.err.endsWith('\r\u001b[2K')).toBe(true);
    expect(piped.err).toBe('');
    expect(terminal.out).toBe(piped.out);
  });

  it('prints a JSON report on the examples and exits 0 (no threshold set)', () => {
    const { code, stdout } = run(['examples', '--format', 'json'], root);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.pages.map((p: { file: string }) => p.file)).toEqual([
      'examples/carte-grise/confirmation.html',
      'examples/carte-grise/index.html',
      'examples/conseiller/index.html',
      'examples/dsfr/index.html',
      'examples/index.html',
      'examples/mairie/index.html',
      'examples/react/index.html',
      'examples/vue/index.html',
    ]);
    for (const page of report.pages) expect(page.score.kandelMoles).toBeGreaterThan(0);
  });
});
