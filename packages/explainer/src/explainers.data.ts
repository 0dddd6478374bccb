/**
 * The field explainers, loaded apart from `<relais-explainer>`'s code: the
 * defaults and the page config's topics merged in.
 */
import { loadOnce, warnOnce } from '@relais/core';
import type { ExplainersConfig, FieldExplainer } from '@relais/sdk';
import { defaultExplainers } from '@relais/sdk/glossary/default-explainers.js';

export { defaultExplainers };

const merged = new Map<string, Map<string, FieldExplainer>>();
/** The merge and its checks: only for a page config that adds or changes topics. */
const merging = loadOnce(() => import('@relais/sdk/glossary/validate.js'));
let defaults: Map<string, FieldExplainer> | undefined;

/** The explainers for a config's `explainers` part, by topic id. Problems are logged once. */
export function explainersFor(changes: ExplainersConfig | undefined, onReady: () => void = () => {}): ReadonlyMap<string, FieldExplainer> {
  defaults ??= new Map(defaultExplainers.map((item) => [item.id, item]));
  if (!changes) return defaults;
  const key = JSON.stringify(changes);
  let byId = merged.get(key);
  if (!byId) {
    const module = merging.value;
    if (!module) {
      merging().then(onReady, () => warnOnce('The explainers of the page config could not be applied; the default ones are used.'));
      return defaults;
    }
    const result = module.mergeExplainers(defaultExplainers, changes);
    if (result.problems.length) {
      warnOnce(`Explainers config: these topics are ignored:${result.problems.map((p) => `\n  - ${p}`).join('')}`);
    }
    byId = new Map(result.items.map((item) => [item.id, item]));
    merged.set(key, byId);
  }
  return byId;
}
