import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the test setup, without types.
import { findBrowser, noBrowserMessage } from './browser.mjs';

describe('finding a browser for the browser tests', () => {
  const saved = process.env.CHROME_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  });

  it('uses CHROME_PATH first', async () => {
    process.env.CHROME_PATH = process.execPath; // any existing file will do
    const found = await findBrowser();
    expect(found.source).toBe('CHROME_PATH');
    expect(found.executablePath).toBe(process.execPath);
    expect(found.args).toContain('--no-sandbox');
  });

  it('says what to install or set when CHROME_PATH points nowhere', async () => {
    process.env.CHROME_PATH = '/nowhere/chrome';
    await expect(findBrowser()).rejects.toThrow('CHROME_PATH is set to "/nowhere/chrome"');
    expect(noBrowserMessage).toContain('apt-get install chromium');
    expect(noBrowserMessage).toContain('CHROME_PATH');
  });
});
