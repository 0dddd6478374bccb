#!/usr/bin/env node
// The `relais-code` command. A small committed file that loads the built
// code, so that `npx relais-code` works right after `npm ci` (the root `prepare` script builds).
import('../dist/cli.js')
  .then((cli) => process.exit(cli.main(process.argv.slice(2)) ?? 0))
  .catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      console.error('relais-code: the package is not built yet. Run `npm run build` first.');
    } else console.error(error);
    process.exit(1);
  });
