/**
 * The field explainers, loaded apart from `<relais-explainer>`'s code: the
 * defaults in French, their English texts only for an English page, and
 * the page config's topics merged in.
 */
import { loadOnce, warnOnce } from '@relais/core';
import type { ExplainerBase, ExplainersConfig, FieldExplainer, FieldExplainerText, Locale } from '@relais/sdk';
import { explainersFrench } from '@relais/sdk/glossary/explainers-fr.js';
import { withEnglish } from '@relais/sdk/glossary/join.js';

/** The English texts of the default topics: never fetched by a French page. */
const english = loadOnce(() => import('@relais/sdk/glossary/explainers-en.js'));
const merged = new Map<string, Map<string, FieldExplainer>>();
/** The merge and its checks: only for a page config that adds or changes topics. */
const merging = loadOnce(() => import('@relais/sdk/glossary/validate.js'));
/** Before the English has loaded, each `en` is the French: nothing reads it (English elements wait, `explainersFor` gives nothing until then). */
let frenchOnly: { list: FieldExplainer[]; byId: Map<string, FieldExplainer> } | undefined;
let bilingual: { list: FieldExplainer[]; byId: Map<string, FieldExplainer> } | undefined;
let failure = false;

function defaults(): { list: readonly FieldExplainer[]; byId: ReadonlyMap<string, FieldExplainer> } {
  const loaded = english.value;
  if (loaded) {
    if (!bilingual) {
      const list = withEnglish(explainersFrench, loaded.explainersEnglish);
      bilingual = { list, byId: new Map(list.map((item) => [item.id, item])) };
    }
    return bilingual;
  }
  if (!frenchOnly) {
    const list: FieldExplainer[] = withEnglish<FieldExplainerText, ExplainerBase>(explainersFrench, {});
    frenchOnly = { list, byId: new Map(list.map((item) => [item.id, item])) };
  }
  return frenchOnly;
}

/**
 * The explainers for a config's `explainers` part, by topic id, in a
 * language; undefined while its English texts load (then `onReady`).
 * Problems are logged once.
 */
export function explainersFor(
  changes: ExplainersConfig | undefined,
  onReady: () => void = () => {},
  locale: Locale = 'fr',
): ReadonlyMap<string, FieldExplainer> | undefined {
  if ((locale === 'en' || changes) && !english.value && !failure) {
    english().then(onReady, () => {
      failure = true;
      warnOnce("The field explainers' English texts could not load; the French ones are used.");
      onReady();
    });
    return undefined;
  }
  if (!changes) return defaults().byId;
  const key = JSON.stringify(changes);
  let byId = merged.get(key);
  if (!byId) {
    const module = merging.value;
    if (!module) {
      merging().then(onReady, () => warnOnce('The explainers of the page config could not be applied; the default ones are used.'));
      return defaults().byId;
    }
    const result = module.mergeExplainers(defaults().list, changes);
    if (result.problems.length) {
      warnOnce(`Explainers config: these topics are ignored:${result.problems.map((p) => `\n  - ${p}`).join('')}`);
    }
    byId = new Map(result.items.map((item) => [item.id, item]));
    merged.set(key, byId);
  }
  return byId;
}
