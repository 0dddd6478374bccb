// Vue: GlobalComponents from @relais/*/vue, what vue-tsc checks templates against.
import type {} from '@relais/help/vue';
import type {} from '@relais/steps/vue';
import type { GlobalComponents } from 'vue';

type Props<T> = T extends abstract new (...args: never[]) => { $props: infer P } ? P : never;
export const help: Props<GlobalComponents['relais-help']> = { variant: 'floating', 'points-src': '/aide/points.json' };
export const steps: Props<GlobalComponents['relais-steps']> = { for: 'demarche', variant: 'compact' };
