/**
 * Data by need: a French page fetches the French index of the glossary and
 * the texts of the terms it shows, and of each field explainer it shows
 * only; the English texts come for an English element (or a config that
 * changes them), once, with the whole French side. Its own file, so that the
 * page starts with nothing loaded.
 */
import { expect, html } from '@open-wc/testing';
import { glossaryTexts } from '@relais/sdk/glossary/glossary-texts.js';
import '../src/relais-explainer.js';
import '../src/relais-term.js';
import { norm } from '../../../tests/helpers/a11y.js';
import { explainersReady, openExplainer, openTerm, render, termsReady } from '../../../tests/helpers/explainer.js';

/** How many times a file whose URL contains `part` was fetched by this page. */
const fetched = (part: string): number => performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;
/** An entry's French texts, read once the page has fetched them (the test's own import would fetch them otherwise). */
const french = async (id: string) => (await glossaryTexts[id]!()).texts.fr;

describe('the glossary by language', () => {
  it('a French page reads its terms without fetching the English texts', async () => {
    const container = await render(html`<p>Le <relais-term>code de cession</relais-term> et la <relais-term term="neph">NEPH</relais-term>.</p>`);
    const [code, neph] = await termsReady(container);
    const tip = await openTerm(neph!);
    expect(fetched('/glossary/glossary-fr-index.'), 'the French index').to.equal(1);
    expect(fetched('/glossary/terms/fr/'), 'the texts of its two terms').to.equal(2);
    expect(fetched('/glossary/glossary-fr.'), 'not every French text').to.equal(0);
    expect(fetched('glossary-en'), 'the English texts').to.equal(0);
    expect(code!.entry!.fr.definition).to.equal((await french('code-cession')).definition);
    expect(norm(tip.textContent)).to.contain(norm((await french('neph')).definition));
  });

  it('an English term gets its English texts, fetched once for the page', async () => {
    const container = await render(
      html`<p lang="en">Your <relais-term term="code-cession">transfer code</relais-term> and <relais-term>NEPH</relais-term>.</p>`,
    );
    const [code, neph] = await termsReady(container);
    expect(fetched('glossary-en'), 'fetched by the element').to.equal(1);
    // Read after the element has fetched it (the test's own import would fetch it otherwise).
    const { glossaryEnglish } = await import('@relais/sdk/glossary/glossary-en.js');
    expect(code!.entry!.en.definition).to.equal(glossaryEnglish['code-cession']!.definition);
    expect(neph!.entry!.id).to.equal('neph');
    const tip = await openTerm(code!);
    expect(norm(tip.textContent)).to.contain(norm(glossaryEnglish['code-cession']!.definition));
    expect(norm(tip.textContent)).not.to.contain(norm((await french('code-cession')).definition));
    expect(fetched('glossary-en'), 'once').to.equal(1);
  });

  it('a French field explainer fetches its own topic only, without the English texts', async () => {
    const container = await render(html`<label for="formule">Numéro de formule</label><input id="formule" />
      <relais-explainer for="formule" topic="numero-formule"></relais-explainer>`);
    const [el] = await explainersReady(container);
    expect(fetched('/explainers/fr/numero-formule.'), 'its topic').to.equal(1);
    expect(fetched('/explainers/fr/'), 'no other topic').to.equal(1);
    expect(fetched('explainers-fr'), 'not the list of every topic').to.equal(0);
    expect(fetched('explainers-en')).to.equal(0);
    // Read after the element has fetched it.
    const { explainer } = await import('@relais/sdk/glossary/explainers/fr/numero-formule.js');
    expect(document.getElementById(el!.summaryId)!.textContent).to.equal(explainer.fr.summary);
  });

  it('an English field explainer shows its English texts, fetched once', async () => {
    const container = await render(html`<div lang="en">
      <label for="formule-en">Certificate serial number</label><input id="formule-en" />
      <relais-explainer for="formule-en" topic="numero-formule"></relais-explainer>
    </div>`);
    const [el] = await explainersReady(container);
    expect(fetched('explainers-en'), 'fetched by the element').to.equal(1);
    const { explainersEnglish } = await import('@relais/sdk/glossary/explainers-en.js');
    const text = explainersEnglish['numero-formule']!;
    expect(document.getElementById(el!.summaryId)!.textContent).to.equal(text.summary);
    const panel = await openExplainer(el!);
    expect(norm(panel.textContent)).to.contain(norm(text.what));
    expect(fetched('explainers-en'), 'once').to.equal(1);
  });
});
