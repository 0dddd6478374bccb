import type { StorybookConfig } from '@storybook/web-components-vite';
import { workspaceSources } from '../scripts/workspace-sources.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No request leaves the machine: no telemetry, no "what's new" check; no onboarding checklist in the sidebar.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  // The example pages and the built single-file bundle are served beside the stories.
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../packages/relais/dist', to: '/relais' },
  ],
  viteFinal(config) {
    config.resolve ??= {};
    config.plugins = [workspaceSources(), ...(config.plugins ?? [])];
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [...(config.optimizeDeps.include ?? []), 'lit', 'lit/directive-helpers.js'];
    return config;
  },
};
export default config;
