// Runs the web test runner in Chromium, after finding a browser (see browser.mjs).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';

let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`Browser tests in ${browser.executablePath} (${browser.source}).`);

const bin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const child = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, RELAIS_BROWSER: JSON.stringify(browser) },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
