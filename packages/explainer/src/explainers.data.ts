/**
 * The field explainers, loaded apart from `<relais-explainer>`'s code: the
 * defaults and the page config's topics merged in.
 */
import { warnOnce } from '@relais/core';
import { mergeExplainers } from '@relais/sdk';
import type { ExplainersConfig, FieldExplainer } from '@relais/sdk';
import { defaultExplainers } from '@relais/sdk/glossary/default-explainers.js';

export { defaultExplainers };

const merged = new Map<string, Map<string, FieldExplainer>>();

/** The explainers for a config's `explainers` part, by topic id. Problems are logged once. */
export function explainersFor(changes: ExplainersConfig | undefined): ReadonlyMap<string, FieldExplainer> {
  const key = changes ? JSON.stringify(changes) : '';
  let byId = merged.get(key);
  if (!byId) {
    const result = mergeExplainers(defaultExplainers, changes);
    if (result.problems.length) {
      warnOnce(`Explainers config: these topics are ignored:${result.problems.map((p) => `\n  - ${p}`).join('')}`);
    }
    byId = new Map(result.items.map((item) => [item.id, item]));
    merged.set(key, byId);
  }
  return byId;
}
