// What a screen-reader run needs, started in order and stopped newest first:
// a virtual display (Xvfb), a session bus and the accessibility bus, a speech
// server with no sound card, Orca in French, a static server for the
// repository, and a real (not headless) Chromium. See TOOLING.md ("Orca on a
// virtual display") for why each piece is there.
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  readdirSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  cpSync,
  openSync,
  closeSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** What must be on the machine, and the Debian package that brings it. */
const NEEDS = [
  ['Xvfb', 'xvfb'],
  ['dbus-daemon', 'dbus-daemon'],
  ['dbus-send', 'dbus-bin'],
  ['/usr/libexec/at-spi-bus-launcher', 'at-spi2-core'],
  ['speech-dispatcher', 'speech-dispatcher'],
  ['/usr/lib/speech-dispatcher-modules/sd_espeak-ng', 'speech-dispatcher-espeak-ng'],
  ['orca', 'orca'],
  ['xdotool', 'xdotool'],
  ['chromium', 'chromium'],
];

const onPath = (name) => (name.startsWith('/') ? existsSync(name) : (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name))));

/** The French locale Orca must speak in: `fr_FR.UTF-8`, or any French UTF-8 one. */
function frenchLocale() {
  const out = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '';
  const all = out.split('\n').map((l) => l.trim());
  const found = all.find((l) => /^fr_FR\.utf-?8$/i.test(l)) ?? all.find((l) => /^fr_[A-Z]{2}\.utf-?8$/i.test(l));
  return found ? found.replace(/\.utf-?8$/i, '.UTF-8') : undefined;
}

/** Says which Debian packages are missing (and the French locale); returns the locale to use. */
export function preflight() {
  const missing = [...new Set(NEEDS.filter(([what]) => !onPath(what)).map(([what, pkg]) => `${pkg} (for ${what.split('/').pop()})`))];
  const problems = [];
  if (missing.length) {
    const pkgs = missing.map((m) => m.split(' ')[0]);
    problems.push(`missing Debian package${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.\n  Install: apt-get install -y ${pkgs.join(' ')}`);
  }
  const locale = frenchLocale();
  if (!locale) {
    problems.push(
      'no French locale: Orca would speak its role words in English.\n' +
        "  Generate one (Debian package locales): sed -i 's/^# *fr_FR.UTF-8/fr_FR.UTF-8/' /etc/locale.gen && locale-gen",
    );
  }
  return { problems, locale };
}

/** Warns when the bundle the pages load is older than the sources (run `npm run build`). */
export function bundleProblem() {
  const bundle = join(ROOT, 'packages/relais/dist/relais.js');
  if (!existsSync(bundle)) return 'packages/relais/dist/relais.js is missing: run `npm run build` first.';
  const built = statSync(bundle).mtimeMs;
  const stale = [];
  const walk = (dir) => {
    for (const name of readDir(dir)) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else if (name.endsWith('.ts') && s.mtimeMs > built + 1000) stale.push(path.slice(ROOT.length));
    }
  };
  // packages/react/src is written by the build itself, after the bundle, and is not in it.
  for (const pkg of readDir(join(ROOT, 'packages')))
    if (pkg !== 'react' && existsSync(join(ROOT, 'packages', pkg, 'src'))) walk(join(ROOT, 'packages', pkg, 'src'));
  return stale.length ? `the bundle is older than ${stale.length} source file(s) (${stale.slice(0, 3).join(', ')}…): run \`npm run build\` first.` : '';
}

function readDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every process of the run, so that all of them stop, newest first, whatever happens. */
export class Stack {
  constructor({ locale, verbose = false, orcaDebug = false }) {
    this.verbose = verbose;
    this.orcaDebug = orcaDebug;
    this.work = mkdtempSync(join(tmpdir(), 'relais-orca-'));
    for (const d of ['home', 'data/orca', 'config', 'cache', 'runtime', 'chrome', 'speechd']) mkdirSync(join(this.work, d), { recursive: true, mode: 0o700 });
    this.speechLog = join(this.work, 'speech.jsonl');
    writeFileSync(this.speechLog, '');
    this.logFile = join(this.work, 'processes.log');
    const env = { ...process.env };
    for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'AT_SPI_BUS_ADDRESS']) delete env[k];
    this.env = {
      ...env,
      HOME: join(this.work, 'home'),
      XDG_DATA_HOME: join(this.work, 'data'),
      XDG_CONFIG_HOME: join(this.work, 'config'),
      XDG_CACHE_HOME: join(this.work, 'cache'),
      XDG_RUNTIME_DIR: join(this.work, 'runtime'),
      LANG: locale,
      // The citizens' clock: hours are said without "(heure de Paris)".
      TZ: 'Europe/Paris',
      LANGUAGE: 'fr_FR:fr',
      ACCESSIBILITY_ENABLED: '1',
      NO_AT_BRIDGE: '0',
      RELAIS_SPEECH_LOG: this.speechLog,
    };
    /** @type {{name: string, child: import('node:child_process').ChildProcess}[]} */
    this.started = [];
    this.server = undefined;
    this.heldUntilReady = [];
  }

  log(line) {
    if (this.verbose) console.error(`sr: ${line}`);
  }

  /** Starts a process in its own process group (so that what it starts stops with it). */
  start(name, command, args, extra = {}) {
    const out = openSync(this.logFile, 'a');
    const child = spawn(command, args, { env: this.env, detached: true, stdio: ['ignore', out, out, ...(extra.fds ?? [])] });
    closeSync(out);
    child.on('error', (error) => this.log(`${name}: ${error.message}`));
    this.started.push({ name, child });
    this.log(`started ${name} (pid ${child.pid})`);
    return child;
  }

  /** Reads what a process writes on its fd 3 (Xvfb's display, the bus address). */
  async readFd3(child, what, timeout = 10_000) {
    const stream = child.stdio[3];
    let text = '';
    const done = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: nothing after ${timeout} ms`)), timeout);
      stream.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) {
          clearTimeout(timer);
          resolve(text.trim());
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${what}: the process ended (code ${code})`));
      });
    });
    return done;
  }

  async up({ chromiumUrl }) {
    // A virtual display.
    const xvfb = this.start('Xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { fds: ['pipe'] });
    this.env.DISPLAY = `:${await this.readFd3(xvfb, 'Xvfb')}`;
    // A session bus; asking for the accessibility bus's address starts it.
    const bus = this.start('dbus-daemon', 'dbus-daemon', ['--session', '--nofork', '--print-address=3'], { fds: ['pipe'] });
    this.env.DBUS_SESSION_BUS_ADDRESS = await this.readFd3(bus, 'dbus-daemon');
    const wake = spawnSync('dbus-send', ['--session', '--dest=org.a11y.Bus', '--print-reply', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], {
      env: this.env,
      encoding: 'utf8',
      timeout: 10_000,
    });
    if (wake.status !== 0) throw new Error(`the accessibility bus did not start (at-spi2-core): ${wake.stderr}`);
    // Speech with no sound card: libao's null driver, espeak-ng.
    const conf = join(this.work, 'speechd');
    cpSync('/etc/speech-dispatcher', conf, { recursive: true });
    writeFileSync(
      join(conf, 'speechd.conf'),
      `${readFileSync(join(conf, 'speechd.conf'), 'utf8')}\nAudioOutputMethod "libao"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n`,
    );
    writeFileSync(join(this.env.HOME, '.libao'), 'default_driver=null\n');
    this.start('speech-dispatcher', 'speech-dispatcher', ['-s', '-t', '0', '-C', conf, '-c', 'unix_socket', '-S', 'default']);
    // Orca, with the logging customizations.
    cpSync(join(here, 'orca-customizations.py'), join(this.work, 'data/orca/orca-customizations.py'));
    this.start('orca', 'orca', this.orcaDebug ? [`--debug-file=${join(this.work, 'orca-debug.txt')}`] : []);
    await this.waitForSpeech((u) => u.k === 'speak', 20_000, 'Orca did not start speaking');
    // The static server (in this process).
    this.port = await this.serve();
    this.origin = `http://127.0.0.1:${this.port}`;
    // A real Chromium window.
    const chromium = this.start('chromium', 'chromium', [
      '--no-sandbox',
      '--test-type',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${join(this.work, 'chrome')}`,
      '--password-store=basic',
      '--force-renderer-accessibility',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      '--disable-features=Translate,TranslateUI,MediaRouter,OptimizationHints',
      '--hide-crash-restore-bubble',
      '--remote-debugging-port=0',
      '--window-position=0,0',
      '--window-size=1280,1000',
      `${this.origin}${chromiumUrl}`,
    ]);
    this.chromium = chromium;
    const portFile = join(this.work, 'chrome', 'DevToolsActivePort');
    const t0 = Date.now();
    while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
      if (chromium.exitCode !== null) throw new Error(`Chromium ended at start (code ${chromium.exitCode})`);
      if (Date.now() - t0 > 30_000) throw new Error('Chromium did not open its DevTools port in 30 s');
      await sleep(100);
    }
    const [port, path] = readFileSync(portFile, 'utf8').trim().split('\n');
    this.devtools = `ws://127.0.0.1:${port}${path}`;
    // There is no window manager: give the window the keyboard.
    let window = '';
    while (!window) {
      if (Date.now() - t0 > 30_000) throw new Error('no Chromium window appeared');
      const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env: this.env, encoding: 'utf8' });
      window = found.stdout.trim().split('\n').filter(Boolean).pop() ?? '';
      if (!window) await sleep(200);
    }
    this.window = window;
    this.focusWindow();
  }

  focusWindow() {
    spawnSync('xdotool', ['windowfocus', '--sync', this.window], { env: this.env, timeout: 5_000 });
  }

  /** Presses a key as a person would: an X key event that Orca and Chromium both see. */
  key(name) {
    const r = spawnSync('xdotool', ['key', '--clearmodifiers', name], { env: this.env, encoding: 'utf8', timeout: 5_000 });
    if (r.status !== 0) throw new Error(`xdotool key ${name}: ${r.stderr.trim()}`);
  }

  /** Clicks inside the page (bottom left of the window, away from any content): gives the keyboard back to the page. */
  clickPage() {
    spawnSync('xdotool', ['mousemove', '--sync', '20', '980', 'click', '1'], { env: this.env, timeout: 5_000 });
  }

  /** Types text (key echo is off: nothing is said for the characters). */
  type(text) {
    const r = spawnSync('xdotool', ['type', '--delay', '40', '--clearmodifiers', text], { env: this.env, encoding: 'utf8', timeout: 10_000 });
    if (r.status !== 0) throw new Error(`xdotool type: ${r.stderr.trim()}`);
  }

  /** Everything Orca said so far: [{t, k, s}]. */
  utterances() {
    return readFileSync(this.speechLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line)];
        } catch {
          return [];
        }
      });
  }

  async waitForSpeech(test, timeout, message) {
    const t0 = Date.now();
    while (Date.now() - t0 < timeout) {
      if (this.utterances().some(test)) return;
      await sleep(100);
    }
    throw new Error(`${message} (after ${timeout} ms)`);
  }

  /**
   * Waits until Orca has been quiet for `quiet` ms (at least `min` ms after
   * now; at most `limit` ms), or, with `until`, until an utterance after
   * `from` passes that test and then the speech is quiet.
   */
  async settle({ from = 0, min = 250, quiet = 600, limit = 8_000, until = undefined } = {}) {
    const t0 = Date.now();
    let count = this.utterances().length;
    let calm = Date.now();
    let seen = !until;
    while (Date.now() - t0 < limit) {
      await sleep(50);
      const all = this.utterances();
      if (!seen && all.slice(from).some(until)) seen = true;
      if (all.length !== count) {
        count = all.length;
        calm = Date.now();
      } else if (seen && Date.now() - t0 >= min && Date.now() - calm >= quiet) return true;
    }
    return seen;
  }

  /** Serves the repository on 127.0.0.1; `/__sr/hold.js` is answered once the page says it is ready. */
  serve() {
    const types = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.mjs': 'text/javascript; charset=utf-8',
      '.json': 'application/json',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
      '.png': 'image/png',
      '.jpg': 'image/jpeg',
      '.map': 'application/json',
    };
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/__sr/hold.js') {
        // Holds the page's load event (an async script delays it) until its
        // elements have rendered, so that Say All on load reads them, not their fallback.
        const release = () => {
          res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-store' });
          res.end('// ready\n');
        };
        const timer = setTimeout(release, 8_000);
        this.heldUntilReady.push(() => (clearTimeout(timer), release()));
        return;
      }
      if (url.pathname === '/__sr/ready') {
        for (const release of this.heldUntilReady.splice(0)) release();
        res.writeHead(204, { 'cache-control': 'no-store' });
        res.end();
        return;
      }
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!path.startsWith(resolve(ROOT) + sep) && path !== resolve(ROOT)) {
        res.writeHead(403).end();
        return;
      }
      let file = path;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    });
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve(this.server.address().port));
    });
  }

  /** Stops every process this run started, newest first (Chromium before Orca before the buses), by process group. */
  async down() {
    for (const { name, child } of this.started.reverse()) {
      await stopGroup(child, name, (line) => this.log(line));
      if (name === 'chromium' && this.server) {
        this.server.closeAllConnections?.();
        this.server.close();
        this.server = undefined;
      }
    }
    this.started = [];
    if (this.server) {
      this.server.closeAllConnections?.();
      this.server.close();
    }
  }

  /** The last lines the processes wrote (for a failure report). */
  processLog(lines = 25) {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  cleanup() {
    rmSync(this.work, { recursive: true, force: true });
  }
}

async function stopGroup(child, name, log) {
  const pid = child.pid;
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const t0 = Date.now();
  while (alive() && Date.now() - t0 < 5_000) await sleep(50);
  if (alive()) {
    log(`${name} (pid ${pid}) did not stop in 5 s: SIGKILL`);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  log(`stopped ${name} (pid ${pid})`);
}
