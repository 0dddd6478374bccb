// The module tests/a11y/matrix.mjs makes at build time: every element's fixture set, found by file name.
declare module 'relais-matrix:fixtures' {
  import type { FixtureSet } from '../../packages/core/src/fixture.js';
  export const sets: FixtureSet[];
}
