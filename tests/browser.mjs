// Finds a Chromium-family browser for the browser tests, in this order:
// 1. CHROME_PATH; 2. an installed Chrome or Chromium; 3. on Linux x64, the
// headless Chromium inside the optional npm package @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags Chromium needs here: root has no sandbox, and the network is closed. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const fixedPaths = {
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export const noBrowserMessage = [
  'No Chrome or Chromium was found for the browser tests.',
  'Do one of these, then run `npm test` again:',
  '  - set CHROME_PATH to a Chrome or Chromium executable;',
  '  - install Chrome or Chromium (Debian/Ubuntu: `sudo apt-get install chromium`);',
  '  - on Linux x64, run `npm install` again so the optional package @sparticuz/chromium is installed.',
].join('\n');

/**
 * @returns {Promise<{ executablePath: string, args: string[], source: string }>}
 * @throws {Error} with {@link noBrowserMessage} when none is found.
 */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.\n${noBrowserMessage}`);
    return { executablePath: fromEnv, args: chromiumArgs, source: 'CHROME_PATH' };
  }
  // RELAIS_IGNORE_INSTALLED=1 skips step 2, to try the bundled Chromium.
  const lookInstalled = process.env.RELAIS_IGNORE_INSTALLED !== '1';
  for (const file of lookInstalled ? (fixedPaths[process.platform] ?? []) : []) {
    if (existsSync(file)) return { executablePath: file, args: chromiumArgs, source: 'installed' };
  }
  if (lookInstalled && process.platform !== 'win32') {
    for (const name of names) {
      const file = onPath(name);
      if (file) return { executablePath: file, args: chromiumArgs, source: 'installed' };
    }
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: sparticuz } = await import('@sparticuz/chromium');
      const executablePath = await sparticuz.executablePath();
      // Not the package's own flags: they are made for one page per short-lived process (--single-process,
      // --no-zygote, --in-process-gpu), and a test runner opening many pages crashes with them
      // ("browser has been closed"). Its binary runs with the same flags as an installed Chromium.
      const args = chromiumArgs;
      return { executablePath, args, source: '@sparticuz/chromium' };
    } catch {
      // Not installed (it is optional): fall through to the message.
    }
  }
  throw new Error(noBrowserMessage);
}
