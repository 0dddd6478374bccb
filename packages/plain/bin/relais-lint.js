#!/usr/bin/env node
// The `relais-lint` command. A small committed file that loads the built
// code, so that `npx relais-lint` works right after `npm ci` (the root `prepare` script builds).
// It sets the exit code instead of calling process.exit(), so that a long
// report written to a pipe is flushed whole before Node exits.
import('../dist/cli.js')
  .then((cli) => cli.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code ?? 0;
  })
  .catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      console.error('relais-lint: the package is not built yet. Run `npm run build` first.');
    } else console.error(error);
    process.exitCode = 1;
  });
