/**
 * What every element needs to speak and to read its config, loaded once per
 * page on demand so that each element's own file stays small: presets, the
 * message catalogues and, when the page has a config, its validator.
 */
import { baseConfig, format, messagesFor } from '@relais/sdk';
import type { RelaisConfig, ResolvedConfig } from '@relais/sdk';
import { loadOnce } from './lazy.js';

export { format, messagesFor };

const validator = loadOnce(() => import('@relais/sdk/resolve.js'));

/**
 * The config to use: with no page config, the defaults and the element's own
 * settings; with one, it is validated first (the validator loads on demand;
 * `onReady` is called when it is there, and `final` is false until then).
 * Invalid parts are dropped and listed.
 */
export function resolveConfig(page: unknown, element: RelaisConfig, onReady: () => void): ResolvedConfig & { final: boolean } {
  if (page === undefined) return { config: baseConfig(element), problems: [], final: true };
  const module = validator.value;
  if (module) return { ...module.resolveConfig(page, element), final: true };
  validator().then(onReady, () => {});
  // Until the validator is there: the defaults, so the phone number is shown.
  return { config: baseConfig(element), problems: [], final: false };
}
