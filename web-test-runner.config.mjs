// Browser tests (`*.browser.test.ts`) in real Chromium. Run through
// `npm run test:browser`, which finds the browser first (tests/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { a11yTreePlugin } from './tests/plugins/a11y-tree.mjs';
import { testGeocoder } from './tests/plugins/test-geocoder.mjs';
import { faultPages } from './tests/plugins/fault-pages.mjs';
import { findBrowser } from './tests/browser.mjs';
import { workspaceSourcesWtr } from './scripts/workspace-sources.mjs';

const browser = process.env.RELAIS_BROWSER ? JSON.parse(process.env.RELAIS_BROWSER) : await findBrowser();

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // The example pages load the single-file bundle from /relais/, as a site would.
  middleware: [
    // A geocoder like the national address API's, slow or failing on request (help-points tests).
    testGeocoder(),
    // Pages with a CSP header, injected faults, a second or a broken copy of the bundle (tests/faults/).
    faultPages(),
    (context, next) => {
      if (context.url.startsWith('/relais/')) context.url = `/packages/relais/dist/${context.url.slice('/relais/'.length)}`;
      return next();
    },
  ],
  plugins: [workspaceSourcesWtr(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }), a11yTreePlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: browser.executablePath, args: browser.args, headless: true },
    }),
  ],
};
