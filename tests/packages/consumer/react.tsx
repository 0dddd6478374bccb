// React 19: the tags themselves (typed by @relais/*/jsx-react) and the @relais/react components.
import { RelaisHelp, RelaisSteps, RelaisTerm } from '@relais/react';

export function Tags() {
  return (
    <>
      <relais-help variant="floating" points-src="/aide/points.json" onrelais-help-open={(e) => e.detail.variant}>
        <a href="tel:3400">Appelez le 34 00</a>
      </relais-help>
      <relais-steps for="demarche" procedure="ants/carte-grise/changement-titulaire" onrelais-step-change={(e) => e.detail.to}></relais-steps>
      <relais-explainer for="immatriculation" topic="numero-immatriculation"></relais-explainer>
    </>
  );
}

export function Components() {
  return (
    <>
      <RelaisHelp
        variant="inline"
        procedure="ants/permis/changement-adresse"
        onRelaisHelpOpen={(e) => e.detail.variant}
        onRelaisHelpChannel={(e) => e.detail.channel}
      >
        <a href="tel:3400">Appelez le 34 00</a>
      </RelaisHelp>
      <RelaisSteps for="demarche" headingLevel={3} onRelaisStepChange={(e) => e.detail.index} />
      <RelaisTerm term="neph" onRelaisTermOpen={(e) => e.detail.term}>
        NEPH
      </RelaisTerm>
    </>
  );
}
