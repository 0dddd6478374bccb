// A React form using Relais through @relais/react: each component registers its
// element, its props are the element's properties, its events are typed.
import { useState } from 'react';
import { RelaisExplainer, RelaisHelp, RelaisSteps, RelaisTerm } from '@relais/react';

const steps = ['vehicule', 'nouvelle-adresse', 'recapitulatif'] as const;
type StepId = (typeof steps)[number];

export function App() {
  const [step, setStep] = useState<StepId>('vehicule');
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines.slice(-4), line]);
  const go = (to: StepId) => () => setStep(to);

  return (
    <>
      <header>
        <div>
          <p>Service des titres (site d'exemple)</p>
          <RelaisHelp procedure="ants/carte-grise/changement-adresse" onRelaisHelpOpen={(e) => note(`aide ouverte (${e.detail.variant})`)}>
            <a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>
          </RelaisHelp>
        </div>
      </header>
      <main>
        <h1>Changer l'adresse de sa carte grise</h1>
        <p>
          Vous avez déménagé ? Mettez à jour l'adresse de votre <RelaisTerm term="certificat-immatriculation">carte grise</RelaisTerm> dans le mois qui suit.
        </p>
        <RelaisSteps
          for="demarche"
          procedure="ants/carte-grise/changement-adresse"
          headingLevel={2}
          onRelaisStepChange={(e) => note(`étape ${e.detail.index} sur ${e.detail.total}`)}
        >
          <p>
            En ligne, la démarche se fait en 3 étapes : votre véhicule, votre nouvelle adresse, puis vérifier et envoyer. Ensuite, vous recevez une étiquette
            par courrier.
          </p>
        </RelaisSteps>
        <form id="demarche" onSubmit={(e) => e.preventDefault()}>
          <fieldset data-relais-step="vehicule" hidden={step !== 'vehicule'}>
            <legend>Votre véhicule</legend>
            <label htmlFor="immatriculation">
              Numéro d'immatriculation <span className="hint">Exemple : AB-123-CD</span>
            </label>
            <input id="immatriculation" name="immatriculation" autoComplete="off" />
            <RelaisExplainer for="immatriculation" topic="numero-immatriculation" />
            <button type="button" onClick={go('nouvelle-adresse')}>
              Continuer
            </button>
          </fieldset>
          <fieldset data-relais-step="nouvelle-adresse" hidden={step !== 'nouvelle-adresse'}>
            <legend>Votre nouvelle adresse</legend>
            <label htmlFor="adresse">Adresse</label>
            <input id="adresse" name="adresse" autoComplete="street-address" />
            <RelaisExplainer for="adresse" topic="adresse" />
            <button type="button" onClick={go('vehicule')}>
              Retour
            </button>
            <button type="button" onClick={go('recapitulatif')}>
              Continuer
            </button>
          </fieldset>
          <fieldset data-relais-step="recapitulatif" hidden={step !== 'recapitulatif'}>
            <legend>Vérifier et envoyer</legend>
            <p>Vérifiez vos réponses, puis envoyez la demande.</p>
            <button type="button" onClick={go('nouvelle-adresse')}>
              Retour
            </button>
            <button type="submit">Envoyer</button>
          </fieldset>
        </form>
        <h2>Ce que la page a reçu de Relais</h2>
        <ul id="journal" aria-live="off">
          {log.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </main>
    </>
  );
}
