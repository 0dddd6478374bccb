/**
 * The whole carte-grise form with every widget in place, as a designer checks
 * a page: the help button in the header, the step tracker following the form,
 * the words explained, an explainer under each field, the help-point finder.
 * The same page, built as a site serves it, is examples/carte-grise/.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@relais/help/relais-help.js';
import '@relais/help/relais-help-points.js';
import '@relais/steps/relais-steps.js';
import '@relais/explainer/relais-term.js';
import '@relais/explainer/relais-explainer.js';

const meta: Meta = {
  title: 'Pages/Formulaire carte grise',
  decorators: [withActions],
  parameters: {
    layout: 'fullscreen',
    actions: { handles: ['relais-help-open', 'relais-help-close', 'relais-step-change', 'relais-term-open', 'relais-explainer-open', 'relais-points-result'] },
    docs: { description: { component: "Changement de titulaire du certificat d'immatriculation: every Relais element on one form." } },
  },
};
export default meta;

/** The example's sample points file (Storybook serves examples/ under /examples/). */
const points = './examples/carte-grise/points/points.json';

const field = (id: string, label: string, hint: string, topic?: string, type = 'text') => html`
  <div style="margin-block: 1rem">
    <label for=${id} style="display: block; font-weight: 600">${label}</label>
    <p id=${`${id}-aide`} style="margin: 0.25rem 0">${hint}</p>
    <input id=${id} name=${id} type=${type} autocomplete="off" aria-describedby=${`${id}-aide`} style="font: inherit; min-height: 2.75rem; width: min(100%, 24rem)" />
    ${topic ? html`<relais-explainer for=${id} topic=${topic}></relais-explainer>` : ''}
  </div>
`;

/** Shows only the fieldset `step` (the tracker follows it). */
function show(event: Event, step: string): void {
  const form = (event.target as HTMLElement).closest('form')!;
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-relais-step]')) fieldset.hidden = fieldset.dataset['relaisStep'] !== step;
}

export const WholeForm: StoryObj = {
  name: 'Tout le formulaire',
  render: () => html`
    <header style="display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center; border-bottom: 1px solid; padding-bottom: 1rem">
      <p style="margin: 0; font-weight: 700">Service des titres et des véhicules (exemple)</p>
      <relais-help procedure="ants/carte-grise/changement-titulaire" points-src=${points}>
        <a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>
      </relais-help>
    </header>
    <main style="max-width: 44rem">
      <h1>Changement de titulaire du certificat d'immatriculation</h1>
      <p>
        Vous venez d'acheter un véhicule d'occasion ? Demandez la <relais-term term="certificat-immatriculation">carte grise</relais-term> à votre nom.
        Prévoyez la carte grise du véhicule et le <relais-term>code de cession</relais-term> que le vendeur vous a remis.
      </p>
      <relais-steps for="demarche" procedure="ants/carte-grise/changement-titulaire">
        <p>La démarche se fait en 3 étapes : votre véhicule, l'ancien propriétaire, puis vérifier et envoyer.</p>
      </relais-steps>
      <form id="demarche" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset data-relais-step="vehicule">
          <legend><h2 style="margin: 0">Votre véhicule</h2></legend>
          ${field('immatriculation', "Numéro d'immatriculation", 'Exemple : AB-123-CD', 'numero-immatriculation')}
          ${field('numero_formule', 'Numéro de formule', 'Il figure sur la carte grise : 11 caractères.', 'numero-formule')}
          <button type="button" @click=${(e: Event) => show(e, 'ancien-titulaire')}>Continuer</button>
        </fieldset>
        <fieldset data-relais-step="ancien-titulaire" hidden>
          <legend><h2 style="margin: 0">L'ancien propriétaire</h2></legend>
          ${field('code_cession', 'Code de cession', 'Le vendeur a dû vous le donner.', 'code-cession')}
          <button type="button" @click=${(e: Event) => show(e, 'vehicule')}>Retour</button>
          <button type="button" @click=${(e: Event) => show(e, 'recapitulatif')}>Continuer</button>
        </fieldset>
        <fieldset data-relais-step="recapitulatif" hidden>
          <legend><h2 style="margin: 0">Vérifier et envoyer</h2></legend>
          <p>Vérifiez vos réponses, puis envoyez la demande.</p>
          <button type="button" @click=${(e: Event) => show(e, 'ancien-titulaire')}>Retour</button>
          <button type="submit">Envoyer</button>
        </fieldset>
      </form>
      <h2>Être aidé près de chez vous</h2>
      <relais-help-points points-src=${points}>
        <p><a href="https://www.france-services.gouv.fr/">Trouver une France Services</a></p>
      </relais-help-points>
    </main>
  `,
};
