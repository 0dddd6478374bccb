/**
 * The field explainers, loaded apart from `<relais-explainer>`'s code: each
 * default topic's French from its own file (a page fetches only the topics
 * it shows), the English texts only for an English page, and the page
 * config's topics merged in (that needs every default topic: loaded then).
 */
import { loadOnce, loaderById, warnOnce } from '@relais/core';
import type { ExplainerBase, ExplainersConfig, FieldExplainer, FieldExplainerText, Locale } from '@relais/sdk';
import { explainerTopics } from '@relais/sdk/glossary/explainer-topics.js';
import { withEnglish } from '@relais/sdk/glossary/join.js';

/** The English texts of the default topics: never fetched by a French page. */
const english = loadOnce(() => import('@relais/sdk/glossary/explainers-en.js'));
/** Every default topic, for a page config that adds or changes topics (the merge checks against all of them). */
const everyTopic = loadOnce(() => import('@relais/sdk/glossary/explainers-fr.js'));
/** The merge and its checks: only for a page config that adds or changes topics. */
const merging = loadOnce(() => import('@relais/sdk/glossary/validate.js'));
/** One loader per default topic, made on first use. */
const topicLoader = loaderById(explainerTopics);
const merged = new Map<string, Map<string, FieldExplainer>>();
/** What has loaded, joined with its English once that has loaded (before, each `en` is the French: English elements wait for it). */
let joined: { french: number; english: boolean; byId: Map<string, FieldExplainer> } | undefined;
let failure = false;

/** The default topics loaded so far (all of them once a merge needed them), with their English when it has loaded. */
function defaults(): { list: readonly FieldExplainer[]; byId: ReadonlyMap<string, FieldExplainer> } {
  const french: ExplainerBase[] = everyTopic.value?.explainersFrench ?? Object.keys(explainerTopics).flatMap((id) => topicLoader(id)?.value?.explainer ?? []);
  const loaded = english.value;
  if (!joined || joined.french !== french.length || joined.english !== Boolean(loaded)) {
    const list = withEnglish<FieldExplainerText, ExplainerBase>(french, loaded?.explainersEnglish ?? {});
    joined = { french: french.length, english: Boolean(loaded), byId: new Map(list.map((item) => [item.id, item])) };
  }
  return { list: [...joined.byId.values()], byId: joined.byId };
}

/** Topic files (or the list of every topic) that failed to load: not asked again, and no "no such topic" warning for them. */
const unreachable = new Set<string>();
function missing(id: string): void {
  unreachable.add(id);
  warnOnce('A field explainer could not load (a file of `dist/` is missing or blocked). Fix: serve every file of `dist/` beside relais.js.');
}

/** Whether the topic's file failed to load (its explainer is missing for that reason, not because the id is unknown). */
export const unreachableTopic = (id: string): boolean => unreachable.has(id) || unreachable.has('every');

function englishFailed(): void {
  failure = true;
  warnOnce("The field explainers' English texts could not load; the French ones are used.");
}

/**
 * The explainers for a config's `explainers` part, by topic id, in a
 * language: the element's `topic` among them once its file (and, on an
 * English page, the English texts) has loaded; undefined while they load
 * (then `onReady`). While a page config's topics load, a default topic
 * already loaded is given as it is (the element does not go blank). An
 * unknown topic gives what has loaded, without it. Problems are logged once.
 */
export function explainersFor(
  changes: ExplainersConfig | undefined,
  onReady: () => void = () => {},
  locale: Locale = 'fr',
  topic?: string,
): ReadonlyMap<string, FieldExplainer> | undefined {
  const waits: Promise<unknown>[] = [];
  if ((locale === 'en' || changes) && !english.value && !failure) waits.push(english().catch(englishFailed));
  if (changes && !everyTopic.value && !unreachable.has('every')) waits.push(everyTopic().catch(() => missing('every')));
  const own = topic === undefined ? undefined : topicLoader(topic);
  if (own && !own.value && !everyTopic.value && !unreachable.has(topic!)) waits.push(own().catch(() => missing(topic!)));
  if (waits.length) {
    void Promise.all(waits).then(onReady);
    // An explainer already shown stays shown while the page config's topics load (then it is re-rendered with them):
    // only an English element still waiting for its English, or a topic not loaded yet, waits.
    const shown = topic !== undefined && (locale === 'fr' || english.value) ? defaults().byId : undefined;
    return shown?.has(topic!) ? shown : undefined;
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
