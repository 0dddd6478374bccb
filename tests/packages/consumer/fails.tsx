// Must NOT compile (tests/packages/run.mjs checks that tsc reports errors here).
import { RelaisHelp } from '@relais/react';

export const wrong = (
  <>
    <relais-help variant="sideways"></relais-help>
    <RelaisHelp onRelaisHelpOpen={(e) => e.detail.count} />
  </>
);
