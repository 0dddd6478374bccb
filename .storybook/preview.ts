import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run build` (scripts/manifest.mjs), which `npm start` and
// `npm run build-storybook` run first. A build output: never commit it.
import manifest from '../custom-elements.json';

type Declaration = { members?: { privacy?: string }[]; slots?: { name: string }[] };
type Manifest = { modules?: { declarations?: Declaration[] }[] };

/**
 * What Storybook shows from the manifest: the public API only (the manifest
 * keeps `protected` members, the API for subclasses, which a page cannot set),
 * and the default slot under a name (Storybook skips nameless entries).
 */
function forStorybook(full: Manifest): Manifest {
  const declaration = (d: Declaration): Declaration => ({
    ...d,
    ...(d.members && { members: d.members.filter((m) => !m.privacy || m.privacy === 'public') }),
    ...(d.slots && { slots: d.slots.map((s) => (s.name ? s : { ...s, name: '(default)' })) }),
  });
  return { ...full, modules: full.modules?.map((mod) => ({ ...mod, declarations: mod.declarations?.map(declaration) })) };
}

setCustomElementsManifest(forStorybook(manifest as Manifest));

/** The page around each story: its language (`lang`) and its colour scheme. */
const withPage: Decorator = (story, context) => {
  const locale = context.globals.locale === 'en' ? 'en' : 'fr';
  const dark = context.globals.theme === 'dark';
  const page = dark ? 'color-scheme: dark; background: #161616; color: #eeeeee;' : 'color-scheme: light; background: #ffffff; color: #161616;';
  // Alone in the canvas, the page fills it; on a docs page, each story keeps its own height.
  const style = `${page} padding: 1rem;${context.viewMode === 'story' ? ' min-height: 100vh; box-sizing: border-box;' : ''}`;
  return html`<div class="relais-story" lang=${locale} style=${style}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget (the closest lang)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page around the widget (color-scheme)',
      toolbar: {
        title: 'Thème',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Clair (light)' },
          { value: 'dark', icon: 'moon', title: 'Sombre (dark)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'light' },
  parameters: {
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'fullscreen',
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Accessibility', 'Widgets'] },
    },
  },
};
export default preview;
