/**
 * The lazily loaded parts `<relais-term>`, `<relais-explainer>` and
 * `annotate()` share: the data files and the explanations' content, each
 * loaded once per page.
 */
import { loadOnce } from '@relais/core';

/** The glossary: default entries, the page config's changes, the matcher. */
export const glossaryLoader = loadOnce(() => import('./glossary.data.js'));
/** The default field explainers. */
export const explainersLoader = loadOnce(() => import('./explainers.data.js'));
/** The toggletip's content and styles. */
export const tipLoader = loadOnce(() => import('./term.tip.js'));
/** The explainer panel's content and styles. */
export const panelLoader = loadOnce(() => import('./explainer.panel.js'));
/** annotate()'s walk over the page. */
export const annotateLoader = loadOnce(() => import('./annotate.run.js'));
