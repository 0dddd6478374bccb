/**
 * What an element needs to speak and to read its config: the message
 * catalogues of its own widget family (each loaded once per page, on
 * demand, so that a page with a help button never loads the tracker's
 * words), and the config under it (the 34 00 line; a page config is checked
 * by the validator, loaded only when there is one).
 */
import type { Locale, MessageOverrides, Messages, RelaisConfig, ResolvedConfig } from '@relais/sdk';
import { lineConfig } from '@relais/sdk/merge.js';
import { loadOnce } from './lazy.js';
import type { Loader } from './lazy.js';

/** A widget family's texts: French, English, easy-to-read French. */
export interface Catalogue {
  fr: Partial<Messages>;
  en: Partial<Messages>;
  frEasy: Partial<Messages>;
}

/** The catalogues, by widget family. */
const catalogues = {
  help: loadOnce<Catalogue>(() => import('@relais/sdk/messages/help.js').then((m) => m.helpMessages)),
  hours: loadOnce<Catalogue>(() => import('@relais/sdk/messages/hours.js').then((m) => m.hoursText)),
  points: loadOnce<Catalogue>(() => import('@relais/sdk/messages/points.js').then((m) => m.pointsMessages)),
  maps: loadOnce<Catalogue>(() => import('@relais/sdk/messages/maps.js').then((m) => m.mapsMessages)),
  visit: loadOnce<Catalogue>(() => import('@relais/sdk/messages/visit.js').then((m) => m.visitMessages)),
  steps: loadOnce<Catalogue>(() => import('@relais/sdk/messages/steps.js').then((m) => m.stepsMessages)),
  explainer: loadOnce<Catalogue>(() => import('@relais/sdk/messages/explainer.js').then((m) => m.explainerMessages)),
};

/** A widget family whose texts an element uses. */
export type CatalogueName = keyof typeof catalogues;

const sets = new Map<string, Loader<Catalogue[]>>();

/** Loads the catalogues `names` (in parallel, each once per page). */
export function textsLoader(names: readonly CatalogueName[]): Loader<Catalogue[]> {
  const key = names.join(' ');
  let loader = sets.get(key);
  if (!loader) sets.set(key, (loader = loadOnce(() => Promise.all(names.map((name) => catalogues[name]())))));
  return loader;
}

/** The messages in `locale`, with easy-to-read and the config's overrides applied. */
export function messagesOf(list: readonly Catalogue[], locale: Locale, easy: boolean, overrides: MessageOverrides | undefined): Messages {
  const out: Partial<Messages> = {};
  for (const c of list) Object.assign(out, locale === 'en' ? c.en : c.fr, easy && locale === 'fr' ? c.frEasy : undefined);
  return Object.assign(out, overrides?.[locale]) as Messages;
}

const validator = loadOnce(() => import('@relais/sdk/resolve.js'));

/**
 * The config to use: with no page config, the line and the element's own
 * settings; with one, it is validated first (the validator loads on demand;
 * `onReady` is called when it is there, and `final` is false until then).
 * Invalid parts are dropped and listed.
 */
export function resolveConfig(page: unknown, element: RelaisConfig, onReady: () => void): ResolvedConfig & { final: boolean } {
  if (page === undefined && !element.preset) return { config: lineConfig(element), problems: [], final: true };
  const module = validator.value;
  if (module) return { ...module.resolveConfig(page, element), final: true };
  validator().then(onReady, () => {});
  // Until the validator is there: the line, so the phone number is shown.
  return { config: lineConfig(element), problems: [], final: false };
}
