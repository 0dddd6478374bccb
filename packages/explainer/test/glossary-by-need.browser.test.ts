/**
 * The glossary by need: a French page with one term fetches the French index
 * and that term's texts, at idle, before any press — not the other entries'
 * texts, not the whole French side, not the English — and its first press
 * fetches nothing more. Its own file, so that the page starts with nothing
 * loaded (and imports no glossary data itself).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/relais-term.js';
import { norm } from '../../../tests/helpers/a11y.js';
import { openTerm, render, word } from '../../../tests/helpers/explainer.js';
import type { RelaisTerm } from '../src/term.js';

const resources = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
/** The glossary's data files this page fetched. */
const glossaryFiles = () => resources().filter((path) => /\/sdk\/src\/glossary\/(glossary-|terms\/)/.test(path));

describe('the glossary by need', () => {
  it('a French page with one term fetches the index and that term’s texts only, at idle; the press fetches nothing', async () => {
    const container = await render(html`<p>Demandez le <relais-term>code de cession</relais-term> au vendeur.</p>`);
    const term = container.querySelector<RelaisTerm>('relais-term')!;
    await waitUntil(() => word(term) && term.found, 'the word never became a term', { timeout: 5000 });
    // Nothing pressed, hovered or focused: idle time brings the texts.
    await waitUntil(() => term.entry, 'the texts never came at idle', { timeout: 8000 });
    const files = glossaryFiles();
    expect(
      files.filter((f) => f.includes('/glossary-fr-index.')),
      files.join('\n'),
    ).to.have.length(1);
    expect(
      files.filter((f) => f.includes('/terms/fr/code-cession.')),
      files.join('\n'),
    ).to.have.length(1);
    expect(
      files.filter((f) => f.includes('/terms/fr/') && !f.includes('/terms/fr/code-cession.')),
      'the texts of another entry',
    ).to.deep.equal([]);
    expect(
      files.filter((f) => /\/glossary-(fr|en)\./.test(f)),
      'the whole French side, or the English',
    ).to.deep.equal([]);

    // (The bundle's own first press is held to fetching nothing at all by `npm run size`.)
    const before = glossaryFiles().length;
    const tip = await openTerm(term);
    expect(norm(tip.querySelector('#text')?.textContent)).to.equal(norm(term.entry!.fr.definition));
    expect(glossaryFiles().slice(before), 'glossary data fetched by the press').to.deep.equal([]);
  });

  it('a term added later, focused before idle time: its texts are fetched on focus', async () => {
    const container = await render(html`<p>La <relais-term>NEPH</relais-term> est sur le permis.</p>`);
    const term = container.querySelector<RelaisTerm>('relais-term')!;
    await waitUntil(() => word(term) && term.found, 'the word never became a term', { timeout: 5000 });
    const fetchedNeph = () => glossaryFiles().filter((f) => f.includes('/terms/fr/neph.')).length;
    if (!term.entry) {
      word(term)!.focus();
      await waitUntil(() => fetchedNeph() === 1, 'focus did not fetch the texts', { timeout: 5000 });
    }
    await waitUntil(() => term.entry, 'the texts never came', { timeout: 5000 });
    expect(fetchedNeph()).to.equal(1);
  });
});
