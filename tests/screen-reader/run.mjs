#!/usr/bin/env node
// `npm run test:sr`: what a blind citizen hears. Orca (in French) reads a real
// Chromium window on a virtual display; real keys are pressed (xdotool); for
// each key the runner records the focused element and every utterance,
// including Say All on page load, and checks the phrases that must and must
// not be heard (scenarios.mjs). The assertions are the gate; the readable
// transcripts (tests/screen-reader/<scenario>.txt) are rewritten with --update
// and otherwise compared, a difference being reported, not failed.
//
//   npm run test:sr                       every scenario
//   npm run test:sr -- --only term,steps  some of them
//   npm run test:sr -- --update           rewrite the committed transcripts
//   npm run test:sr -- --no-retry         do not run a failed scenario a second time
//   npm run test:sr -- --verbose          say what is started and stopped
//   npm run test:sr -- --keep --orca-debug keep the work folder, with Orca's debug log
//   node tests/screen-reader/run.mjs --page /tests/screen-reader/pages/term.html Tab Return Escape
//                                         one page, these keys, no assertion
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cdp, Page } from './cdp.mjs';
import { Stack, bundleProblem, preflight } from './stack.mjs';
import { scenarios, GLOBAL_FORBIDDEN } from './scenarios.mjs';
import { check, isSpeech, norm, spoken } from './checks.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const update = flag('--update');
const verbose = flag('--verbose');
const keep = flag('--keep');
const noRetry = flag('--no-retry');
const adHocPage = option('--page');
const only = option('--only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
/** The whole run's limit: a hung process must not hang CI. */
const RUN_LIMIT_MS = 6 * 60_000;

const { problems, locale } = preflight();
if (problems.length) {
  console.error(`test:sr cannot run:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const stale = bundleProblem();
if (stale) {
  console.error(`test:sr: ${stale}`);
  process.exit(1);
}

const selected = adHocPage ? [] : scenarios.filter((s) => !only || only.includes(s.name));
if (!adHocPage && !selected.length) {
  console.error(`test:sr: no scenario named ${only?.join(', ')} (known: ${scenarios.map((s) => s.name).join(', ')})`);
  process.exit(2);
}

const stack = new Stack({ locale, verbose, orcaDebug: flag('--orca-debug') });
let stopping;
const stop = (code) => {
  stopping ??= stack
    .down()
    .catch((error) => console.error(`test:sr: stopping: ${error.message}`))
    .then(() => (keep ? console.error(`test:sr: work folder kept: ${stack.work}`) : stack.cleanup()));
  return stopping.then(() => code !== undefined && process.exit(code));
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(130));
const watchdog = setTimeout(() => {
  console.error(`test:sr: the run took more than ${RUN_LIMIT_MS / 60_000} minutes; stopping everything.`);
  void stop(1);
}, RUN_LIMIT_MS);
watchdog.unref();

const started = Date.now();
const results = [];
let exitCode = 0;
try {
  await stack.up({ chromiumUrl: '/tests/screen-reader/pages/start.html' });
  const cdp = await Cdp.connect(stack.devtools);
  const page = await Page.attach(cdp);
  const { product } = await cdp.send('Browser.getVersion');
  const orcaVersion = spawnSync('orca', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const versions = `Orca ${orcaVersion.replace(/^orca\s*/i, '')}, ${product.replace('/', ' ')}, LANG=${locale}`;
  await cdp.send('Browser.grantPermissions', {
    origin: stack.origin,
    permissions: ['geolocation', 'clipboardReadWrite', 'clipboardSanitizedWrite'],
  });
  // "Utiliser ma position": the citizen is in Mende (Lozère).
  await page.send('Emulation.setGeolocationOverride', { latitude: 44.5181, longitude: 3.4996, accuracy: 50 });
  await stack.settle({ quiet: 800, limit: 10_000 });

  if (adHocPage) {
    const keys = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--page' && args[i - 1] !== '--only');
    const record = await runScenario(page, { name: 'ad-hoc', title: adHocPage, page: adHocPage, steps: keys.map((key) => ({ key })) });
    process.stdout.write(transcript(record, versions));
  } else {
    for (const scenario of selected) {
      const t0 = Date.now();
      let record = await runScenario(page, scenario);
      if (record.failures.length && !noRetry) {
        // Once more, from a fresh page load: on a loaded machine Orca now and
        // then drops one announcement. A defect fails both runs; a failure
        // that goes away is still printed, as flaky.
        const first = record;
        record = await runScenario(page, scenario);
        record.flaky = record.failures.length ? undefined : first.failures;
      }
      record.seconds = (Date.now() - t0) / 1000;
      results.push(record);
      report(record, versions);
    }
  }
  cdp.close();
} catch (error) {
  exitCode = 1;
  console.error(`\ntest:sr: the run broke: ${error.stack ?? error.message}`);
  const log = stack.processLog();
  if (log) console.error(`\nLast lines from the processes:\n${log}`);
} finally {
  await stop();
}

if (!adHocPage) {
  const failed = results.filter((r) => r.failures.length);
  const flaky = results.filter((r) => r.flaky);
  const checks = results.reduce((n, r) => n + r.checks, 0);
  console.log(
    `\ntest:sr: ${results.length} scenario(s), ${checks} checks, ${failed.length ? `${failed.reduce((n, r) => n + r.failures.length, 0)} failed` : 'all passed'}` +
      `${flaky.length ? ` (${flaky.map((r) => r.scenario.name).join(', ')} passed on the second run)` : ''}` +
      ` in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  if (failed.length) exitCode = 1;
  if (results.length < selected.length) exitCode = 1;
}
process.exit(exitCode);

/** Opens the scenario's page, lets Say All finish, then presses each key and records what follows it. */
async function runScenario(page, scenario) {
  // A scenario that went into the browser's own UI (or a bubble) must not leave the keyboard there.
  if (!(await page.evaluate('document.hasFocus()'))) {
    stack.key('Escape');
    stack.clickPage();
    if (!(await page.evaluate('document.hasFocus()'))) throw new Error(`before ${scenario.name}: the page does not get the keyboard back`);
  }
  await page.send('Storage.clearDataForOrigin', { origin: stack.origin, storageTypes: 'all' }).catch(() => {});
  let from = stack.utterances().length;
  await page.goto(`${stack.origin}${scenario.page}`);
  await page.evaluate(`new Promise((resolve) => {
    const t0 = Date.now();
    (function wait() { 'srReady' in document.documentElement.dataset || Date.now() - t0 > 10000 ? resolve() : setTimeout(wait, 25); })();
  })`);
  // The page-load announcement and Say All, to its end.
  const sayAllDone = await stack.settle({ from, min: 300, quiet: 500, limit: 25_000, until: (u) => u.k === 'sayall-end' || u.k === 'sayall-stop' });
  if (!sayAllDone) throw new Error(`${scenario.name}: Say All did not finish on page load in 25 s`);
  const all = stack.utterances();
  const record = { scenario, load: all.slice(from), steps: [], failures: [], checks: 0, pageErrors: [] };
  if (record.load.some((u) => u.k === 'sayall-stop')) record.failures.push('page load: Say All was interrupted before the first key');
  const loadChecks = check({ said: record.load, focus: undefined }, scenario.load ?? {}, GLOBAL_FORBIDDEN, { onlySayAll: true });
  record.checks += loadChecks.count;
  record.failures.push(...expected(scenario, scenario.load, loadChecks.failures).map((f) => `page load: ${f}`));
  from = all.length;
  for (const [i, step] of (scenario.steps ?? []).entries()) {
    if (step.key) stack.key(step.key);
    else if (step.type) stack.type(step.type);
    else if (step.browse) {
      // Orca+A toggles focus and browse mode: pressed again if it went to focus mode.
      stack.key('Insert+a');
      await stack.settle({ from, until: (u) => /^Mode (?:focus|navigation)/.test(norm(u.s)), limit: 3_000 });
      if (
        stack
          .utterances()
          .slice(from)
          .some((u) => norm(u.s).startsWith('Mode focus'))
      )
        stack.key('Insert+a');
    }
    // Wait for the phrase the step names, or, when the step expects speech, for
    // the first utterance (Orca is slower under load); then for quiet.
    const wantsSpeech = Boolean(step.hear?.length || step.once?.length || step.spoken);
    const until = step.wait?.until ? (u) => isSpeech(u) && step.wait.until.test(norm(u.s)) : wantsSpeech ? isSpeech : undefined;
    await stack.settle({ from, quiet: 700, ...(step.wait ?? {}), until });
    const now = stack.utterances();
    const said = now.slice(from);
    from = now.length;
    const focus = await page.focused();
    const result = check({ said, focus }, step, GLOBAL_FORBIDDEN);
    const label = `${step.key ?? (step.browse ? 'Insert+a (Orca+A: browse mode)' : `type "${step.type}"`)} (step ${i + 1})`;
    record.steps.push({ step, label, said, focus });
    record.checks += result.count;
    record.failures.push(...expected(scenario, step, result.failures).map((f) => `${label}: ${f}`));
  }
  record.pageErrors = page.errors.slice();
  if (record.pageErrors.length) record.failures.push(`the page logged errors: ${record.pageErrors.join(' / ')}`);
  return record;
}

/**
 * The failures that count. On the canary page every check is meant to fail:
 * each expected failure must be there (else the check could not fail), and
 * any other failure counts as usual.
 */
function expected(scenario, step, failures) {
  if (!scenario.canary) return failures;
  const left = [...failures];
  const missing = [];
  for (const re of step?.expectFailures ?? []) {
    const i = left.findIndex((f) => re.test(f));
    if (i >= 0) left.splice(i, 1);
    else missing.push(`canary: this check did not fail as it must: ${re}`);
  }
  return [...missing, ...left];
}

/** The readable transcript of one scenario. */
function transcript(record, versions) {
  const { scenario } = record;
  const lines = [
    `# ${scenario.title}`,
    `# ${scenario.page} — ${versions}`,
    '# Written by `npm run test:sr -- --update`. Per key: → the focused element (DOM path | Chromium accessibility node),',
    '# then what Orca said, one utterance a line (« » = Say All). Page-load chatter before Say All is left out.',
    '',
    'page load (Say All)',
  ];
  const sayAll = record.load.filter((u) => u.k === 'sayall');
  lines.push(...(sayAll.length ? sayAll.map((u) => `  « ${norm(u.s)}`) : ['  (no Say All)']));
  for (const { step, label, said, focus } of record.steps) {
    lines.push('', `${label.replace(/ \(step \d+\)$/, '')}${step.note ? `   # ${step.note}` : ''}`);
    lines.push(`  → ${focus.dom}${focus.ax ? ` | ${focus.ax}` : ''}`);
    const heard = spoken(said);
    lines.push(...(heard.length ? heard.map((u) => (u.k === 'sayall' ? `  « ${norm(u.s)}` : `  ${norm(u.s)}`)) : ['  (nothing)']));
  }
  return `${lines.join('\n')}\n`;
}

function report(record, versions) {
  const name = record.scenario.name;
  const text = transcript(record, versions);
  const committed = join(here, `${name}.txt`);
  let note = '';
  if (update) {
    writeFileSync(committed, text);
    note = ' (transcript written)';
  } else {
    const outDir = join(here, 'out');
    mkdirSync(outDir, { recursive: true });
    const fresh = join(outDir, `${name}.txt`);
    writeFileSync(fresh, text);
    const strip = (t) => t.replace(/^# .*\n/gm, '');
    if (!existsSync(committed)) note = ` (no committed transcript: ${fresh.slice(here.length)}; write it with --update)`;
    else if (strip(readFileSync(committed, 'utf8')) !== strip(text)) {
      const diff = spawnSync('diff', ['-u', '--label', `${name}.txt (committed)`, '--label', `${name}.txt (this run)`, committed, fresh], {
        encoding: 'utf8',
      }).stdout;
      note = ` (transcript differs from the committed one; not a failure — review it, then --update)\n${diff
        .split('\n')
        .slice(0, 40)
        .map((l) => `    ${l}`)
        .join('\n')}`;
    }
  }
  const status = record.failures.length ? `FAIL ${record.failures.length}` : record.flaky ? 'flaky' : 'ok';
  console.log(`${status.padEnd(7)} ${name} — ${record.checks} checks, ${record.seconds.toFixed(1)} s${note}`);
  for (const failure of record.failures) console.log(`    ✗ ${failure}`);
  for (const failure of record.flaky ?? []) console.log(`    ~ first run only: ${failure}`);
}
