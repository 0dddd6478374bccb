import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setEasyPreference } from '@relais/core';
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

/**
 * The State design system's CSS, for the "Système de design de l'État"
 * themes only: copied from @gouvfr/dsfr by `npm run build:examples` (its use
 * is reserved to State sites; Relais never bundles it), loaded here on demand.
 */
function stateDesignSystem(on: boolean, dark: boolean): void {
  const root = document.documentElement;
  let link = document.getElementById('relais-dsfr') as HTMLLinkElement | null;
  if (on && !link) {
    link = Object.assign(document.createElement('link'), { id: 'relais-dsfr', rel: 'stylesheet', href: './examples/dsfr/dsfr/dsfr.min.css' });
    document.head.append(link);
  }
  if (!on) link?.remove();
  if (on) root.setAttribute('data-fr-theme', dark ? 'dark' : 'light');
  else root.removeAttribute('data-fr-theme');
}

/**
 * The page around each story: its language (`lang`), its theme (neutral light,
 * dark, or the State design system's light and dark), the easy-to-read
 * (FALC) choice, and the text size (browser text zoom: the root font size).
 */
const withPage: Decorator = (story, context) => {
  const locale = context.globals.locale === 'en' ? 'en' : 'fr';
  const theme = String(context.globals.theme ?? 'neutre');
  const dark = theme === 'dark' || theme === 'dsfr-dark';
  stateDesignSystem(theme.startsWith('dsfr'), dark);
  // "Plus simple" for the whole page, as when the citizen chooses it; off: the attribute and config decide.
  setEasyPreference(context.globals.easy === 'on' ? true : undefined);
  document.documentElement.style.fontSize = context.globals.textSize === '200' ? '200%' : '';
  // With the State design system, its own variables paint the page; otherwise a neutral page.
  const page = theme.startsWith('dsfr')
    ? 'background: var(--background-default-grey); color: var(--text-default-grey);'
    : dark
      ? 'color-scheme: dark; background: #161616; color: #eeeeee;'
      : 'color-scheme: light; background: #ffffff; color: #161616;';
  // Alone in the canvas, the page fills it; on a docs page, each story keeps its own height.
  const style = `${page} padding: 1rem;${context.viewMode === 'story' ? ' min-height: 100vh; box-sizing: border-box;' : ''}`;
  return html`<div class="relais-story" lang=${locale} style=${style}>${story()}</div>`;
};

/** Viewports a designer checks: the narrowest phone (320 px, WCAG reflow), a tablet, a desktop. */
const viewports = {
  phone320: { name: 'Téléphone 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  tablet: { name: 'Tablette 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Ordinateur 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
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
      description: 'The page around the widget: neutral (light or dark), or a State site (its design system, light or dark)',
      toolbar: {
        title: 'Thème',
        icon: 'contrast',
        items: [
          { value: 'neutre', icon: 'sun', title: 'Neutre (clair)' },
          { value: 'dark', icon: 'moon', title: 'Sombre' },
          { value: 'dsfr', icon: 'flag', title: "Système de design de l'État" },
          { value: 'dsfr-dark', icon: 'flag', title: "Système de design de l'État, sombre" },
        ],
        dynamicTitle: true,
      },
    },
    easy: {
      description: 'Easy-to-read (FALC) texts on the whole page, as when the citizen presses "Plus simple"',
      toolbar: {
        title: 'FALC',
        icon: 'accessibility',
        items: [
          { value: 'off', title: 'Texte courant' },
          { value: 'on', title: 'Facile à lire et à comprendre (FALC)' },
        ],
        dynamicTitle: true,
      },
    },
    textSize: {
      description: 'Text size, as the browser text zoom sets it (WCAG 1.4.4: 200 % without loss)',
      toolbar: {
        title: 'Texte',
        icon: 'zoom',
        items: [
          { value: '100', title: 'Texte 100 %' },
          { value: '200', title: 'Texte 200 %' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'neutre', easy: 'off', textSize: '100' },
  parameters: {
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'fullscreen',
    viewport: { options: viewports },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Accessibility', ['Overview'], 'Widgets', 'Pages'] },
    },
  },
};
export default preview;
