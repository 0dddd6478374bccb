/**
 * `relais-lint`'s reports: plain text for a terminal or a CI log, JSON for
 * tools, and a standalone HTML page that shows each page's texts with its
 * hard sentences highlighted.
 */
import { LEVELS } from '../readability.js';
import type { LintFinding, PageReport } from './lint.js';

/** Thresholds a page must meet. */
export interface Thresholds {
  minScore?: number;
  /** The hardest level allowed (1 = très facile … 7 = très difficile). */
  maxLevel?: number;
}

/** A page with the thresholds applied. */
export interface CheckedPage extends PageReport {
  passed: boolean;
  /** Why it did not pass. */
  failures: string[];
}

/** The whole run. */
export interface LintRun {
  ok: boolean;
  version: string;
  thresholds: Thresholds;
  pages: CheckedPage[];
  /** Files that could not be linted, with why. */
  problems: { file: string; message: string }[];
  /** Files found in folders and left aside (a JSON file that is not a catalogue…). */
  ignored: { file: string; message: string }[];
}

const levelName = (n: number): string => LEVELS.find((l) => l.level === n)?.id ?? String(n);

/** Applies the thresholds to a page. */
export function checkPage(page: PageReport, t: Thresholds): CheckedPage {
  const failures: string[] = [];
  if (page.score.words > 0) {
    if (t.minScore !== undefined && page.score.kandelMoles < t.minScore)
      failures.push(`Kandel–Moles ${page.score.kandelMoles} is below --min-score ${t.minScore}`);
    if (t.maxLevel !== undefined && page.score.level > t.maxLevel)
      failures.push(`level ${page.score.level} (${page.score.levelId}) is harder than --max-level ${t.maxLevel} (${levelName(t.maxLevel)})`);
  }
  return { ...page, passed: failures.length === 0, failures };
}

const shorten = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const clean = (s: string): string => s.replace(/[\u00a0\u202f]/gu, ' ');

/** The findings that are listed one by one (the rest, glossary words, are counted). */
const listed = (f: LintFinding): boolean => !(f.rule === 'jargon' && f.severity === 'info');

/** The plain text report. */
export function textReport(run: LintRun): string {
  const lines: string[] = [];
  for (const page of run.pages) {
    const s = page.score;
    lines.push(page.file);
    if (!s.words) lines.push('  nothing to score (no text of five words or more)');
    else
      lines.push(
        `  Kandel–Moles ${s.kandelMoles} (${s.levelLabel}, level ${s.level}) · LIX ${s.lix} · ${page.texts.length - page.labels} texts scored, ${s.sentences} sentences, ${s.words} words · ${page.labels} labels`,
      );
    const glossary = new Map<string, number>();
    for (const t of page.texts) {
      for (const f of t.findings) {
        if (!listed(f)) {
          glossary.set(f.text.toLowerCase(), (glossary.get(f.text.toLowerCase()) ?? 0) + 1);
          continue;
        }
        lines.push(`  ${page.file}:${f.line}  ${f.rule} (${f.severity})  ${clean(f.message)}`);
        lines.push(`      « ${clean(shorten(f.text))} »${t.id ? `  [${t.id}]` : ''}`);
        lines.push(`      → ${clean(f.suggestion)}`);
      }
    }
    if (glossary.size) {
      lines.push(
        `  Words the glossary explains (<relais-term> or annotate()): ${[...glossary].map(([w, n]) => (n > 1 ? `${clean(w)} (${n})` : clean(w))).join(', ')}`,
      );
    }
    for (const f of page.failures) lines.push(`  FAILED: ${f}`);
    lines.push('');
  }
  for (const p of run.problems) lines.push(`${p.file}: ${p.message}`);
  if (run.ignored.length)
    lines.push(
      `${run.ignored.length} JSON file${run.ignored.length === 1 ? '' : 's'} in the folders ignored: not message catalogues (listed in --format json).`,
    );
  const failed = run.pages.filter((p) => !p.passed);
  const counts = run.pages.reduce((n, p) => n + p.texts.reduce((m, t) => m + t.findings.filter(listed).length, 0), 0);
  const t = run.thresholds;
  const limits = [t.minScore !== undefined ? `--min-score ${t.minScore}` : '', t.maxLevel !== undefined ? `--max-level ${t.maxLevel}` : '']
    .filter(Boolean)
    .join(' ');
  lines.push(
    `relais-lint: ${run.pages.length} page${run.pages.length === 1 ? '' : 's'}, ${counts} finding${counts === 1 ? '' : 's'}` +
      (limits ? `; thresholds ${limits}: ${failed.length ? `${failed.length} failed` : 'all passed'}` : '; no threshold set') +
      (run.problems.length ? `; ${run.problems.length} file${run.problems.length === 1 ? '' : 's'} could not be read` : '') +
      '.',
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON report. */
export function jsonReport(run: LintRun): string {
  return `${JSON.stringify({ tool: 'relais-lint', ...run }, null, 2)}\n`;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The HTML report: a page per file, hard sentences highlighted, findings under each text. */
export function htmlReport(run: LintRun): string {
  const body: string[] = [];
  for (const page of run.pages) {
    const s = page.score;
    body.push(`<section><h2>${escapeHtml(page.file)}</h2>`);
    body.push(
      s.words
        ? `<p class="score">Kandel–Moles <strong>${s.kandelMoles}</strong> (${escapeHtml(s.levelLabel)}, level ${s.level}) · LIX ${s.lix} · ${s.sentences} sentences, ${s.words} words · ${page.labels} labels</p>`
        : '<p class="score">Nothing to score (no text of five words or more).</p>',
    );
    for (const f of page.failures) body.push(`<p class="failed"><strong>Failed:</strong> ${escapeHtml(f)}</p>`);
    body.push('<ol class="texts">');
    for (const t of page.texts) {
      const sentences = t.sentences
        .map((x) =>
          x.hard
            ? `<mark title="Kandel–Moles ${x.kandelMoles}, ${x.words} words">${escapeHtml(x.text)}</mark> <span class="badge">${x.kandelMoles} · ${x.words} words</span>`
            : escapeHtml(x.text),
        )
        .join(' ');
      body.push(
        `<li class="${t.short ? 'label' : 'text'}"><p><span class="where">${escapeHtml(`${t.kind}${t.id ? ` ${t.id}` : ''}, line ${t.line}`)}</span>` +
          `${t.short ? '' : ` <span class="badge">${t.kandelMoles}</span>`}<br>${sentences}</p>`,
      );
      const fs = t.findings.filter(listed);
      if (fs.length) {
        body.push('<ul class="findings">');
        for (const f of fs) {
          body.push(
            `<li><strong>${escapeHtml(f.rule)}</strong> (${f.severity}, line ${f.line}): ${escapeHtml(f.message)} — « ${escapeHtml(f.text)} »<br>→ ${escapeHtml(f.suggestion)}</li>`,
          );
        }
        body.push('</ul>');
      }
      body.push('</li>');
    }
    body.push('</ol></section>');
  }
  for (const p of run.problems) body.push(`<p class="failed">${escapeHtml(`${p.file}: ${p.message}`)}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>relais-lint report</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #111; background: #fff; }
h2 { font-size: 1.25rem; border-top: 2px solid #333; padding-top: 1rem; overflow-wrap: anywhere; }
mark { background: #ffe066; color: #111; outline: 2px solid #7a5c00; }
.badge { font-size: 0.875rem; color: #333; border: 1px solid #555; border-radius: 0.25rem; padding: 0 0.25rem; }
.where { font-size: 0.875rem; color: #333; }
.label { color: #333; }
.failed { color: #8a0000; font-weight: 600; }
.findings { font-size: 0.9375rem; }
@media (forced-colors: active) { mark { forced-color-adjust: none; background: Mark; color: MarkText; } }
</style>
</head>
<body>
<h1>relais-lint: ${run.pages.length} page${run.pages.length === 1 ? '' : 's'}${run.ok ? '' : ' — thresholds failed or files unreadable'}</h1>
${body.join('\n')}
</body>
</html>
`;
}
