/**
 * What every element needs to speak and to read its config, loaded once per
 * page on demand so that each element's own file stays small: presets, the
 * message catalogues and, when the page has a config, its validator.
 */
import { baseConfig, format, messagesFor } from '@relais/sdk';
import type { RelaisConfig, ResolvedConfig } from '@relais/sdk';

export { format, messagesFor };

let resolver: ((page: unknown, element: RelaisConfig) => ResolvedConfig) | undefined;
let loading: Promise<void> | undefined;

/**
 * The config to use: with no page config, the defaults and the element's own
 * settings; with one, it is validated first (the validator loads on demand;
 * `onReady` is called when it is there). Invalid parts are dropped and listed.
 */
export function resolveConfig(page: unknown, element: RelaisConfig, onReady: () => void): ResolvedConfig {
  if (page === undefined) return { config: baseConfig(element), problems: [] };
  if (resolver) return resolver(page, element);
  loading ??= import('@relais/sdk/resolve.js').then(
    (module) => {
      resolver = module.resolveConfig;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  loading.then(onReady, () => {});
  // Until the validator is there: the defaults, so the phone number is shown.
  return { config: baseConfig(element), problems: [] };
}
