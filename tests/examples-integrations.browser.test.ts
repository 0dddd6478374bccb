import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeTags, norm } from './helpers/a11y.js';
import { nextLoad, until } from './helpers/example.js';

// The integration examples, built as a site builds them (`npm run build:examples`),
// each in an <iframe> (same origin): a Vite + React form with @relais/react, a
// Vite + Vue page with the tags, a page on the State design system, a town
// hall's own page. Each: the elements upgrade, one keyboard path works, axe passes.

type Win = Window & typeof globalThis & { axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeResult[] }> } };
interface AxeResult {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Opens an example in an <iframe> `width` px wide; fails plainly when it has not been built. */
async function open(path: string, width = 900): Promise<{ doc: Document; win: Win }> {
  const response = await fetch(path);
  expect(response.ok, `${path} is missing: run \`npm run build:examples\``).to.be.true;
  frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  const loaded = nextLoad(frame);
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as Win };
}

/** Waits until every Relais element of the page is defined and has rendered its shadow root. */
async function upgraded(doc: Document, win: Win, tags: string[]): Promise<void> {
  for (const tag of tags) {
    const el = await until(() => doc.querySelector(tag), `<${tag}> on the page`);
    await until(() => win.customElements.get(tag) && el.shadowRoot?.childElementCount, `<${tag}> upgraded`, 10000);
  }
}

/** The help button inside <relais-help>'s shadow root. */
const trigger = (doc: Document) => doc.querySelector('relais-help')?.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger') ?? null;

/**
 * The keyboard path every example shares: from the top of the page, Tab until
 * the help button has focus; Enter opens the panel (its phone link shows);
 * Escape closes it and leaves focus on the button.
 */
async function keyboardToHelp(doc: Document): Promise<void> {
  const help = doc.querySelector('relais-help')!;
  await until(() => trigger(doc), 'the help button');
  frame!.focus();
  for (let i = 0; i < 20 && !(doc.activeElement === help && help.shadowRoot!.activeElement === trigger(doc)); i++) await sendKeys({ press: 'Tab' });
  expect(help.shadowRoot!.activeElement, 'Tab reaches the help button').to.equal(trigger(doc));
  await sendKeys({ press: 'Enter' });
  // Seen: the panel is laid out out of sight before the press (ready for it), so being there is not enough.
  await until(() => help.shadowRoot!.querySelector('a.call')?.checkVisibility({ visibilityProperty: true }), 'the panel and its phone link, after Enter');
  expect(trigger(doc)!.getAttribute('aria-expanded')).to.equal('true');
  await sendKeys({ press: 'Escape' });
  // Closed: the button says so, and the panel's content (kept or not) is not shown.
  await until(
    () => trigger(doc)!.getAttribute('aria-expanded') === 'false' && !help.shadowRoot!.querySelector('a.call')?.checkVisibility({ visibilityProperty: true }),
    'the panel closed, after Escape',
  );
  expect(help.shadowRoot!.activeElement, 'focus back on the button').to.equal(trigger(doc));
}

/** axe on the whole page (page-level rules on: these are whole pages), run inside the frame. */
async function axePage(doc: Document, win: Win): Promise<AxeResult[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe.run(doc, { runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] });
  return result.violations;
}
const describe_ = (violations: AxeResult[]) => violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');

/** The colour a CSS value computes to on this page (a probe element). */
function colourOf(doc: Document, value: string): string {
  const probe = doc.createElement('div');
  probe.style.color = value;
  doc.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('example: Vite + React form with @relais/react', () => {
  const PAGE = '/examples/react/dist/index.html';

  it('upgrades every element; its events reach React (typed props onRelaisStepChange, onRelaisHelpOpen)', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term']);
    const journal = () => norm(doc.getElementById('journal')?.textContent);
    await until(() => journal().includes('étape 1 sur 4'), 'relais-step-change in the journal');
    const next = [...doc.querySelectorAll<HTMLButtonElement>('fieldset[data-relais-step="vehicule"] button')].find((b) => b.textContent === 'Continuer')!;
    next.click();
    await until(() => journal().includes('étape 2 sur 4'), 'the tracker follows React hiding and showing the fieldsets');
  });

  it('keyboard: Tab to the help button, Enter opens, Escape closes; React got relais-help-open', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help']);
    await keyboardToHelp(doc);
    expect(norm(doc.getElementById('journal')?.textContent)).to.contain('aide ouverte (inline)');
  });

  it('passes axe', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term']);
    const violations = await axePage(doc, win);
    expect(violations, describe_(violations)).to.deep.equal([]);
  });
});

describe('example: Vite + Vue page with the tags', () => {
  const PAGE = '/examples/vue/dist/index.html';

  it('upgrades every element; Vue listens to their events (@relais-step-change)', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term']);
    await until(() => norm(doc.getElementById('journal')?.textContent).includes('étape 1 sur'), 'relais-step-change in the journal');
  });

  it('keyboard: Tab to the help button, Enter opens, Escape closes; Vue got relais-help-open', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help']);
    await keyboardToHelp(doc);
    expect(norm(doc.getElementById('journal')?.textContent)).to.contain('aide ouverte (inline)');
  });

  it('passes axe', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term']);
    const violations = await axePage(doc, win);
    expect(violations, describe_(violations)).to.deep.equal([]);
  });
});

describe('example: a page on the State design system', () => {
  const PAGE = '/examples/dsfr/index.html';

  it('the widgets take its colours, its font and its dark theme, with no config', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term']);
    const button = trigger(doc)!;
    const action = () => colourOf(doc, 'var(--background-action-high-blue-france)');
    expect(action(), 'the design system is loaded').to.equal('rgb(0, 0, 145)');
    expect(getComputedStyle(button).backgroundColor).to.equal(action());
    expect(getComputedStyle(button).fontFamily).to.contain('Marianne');
    // The page's own theme button (the design system's dark theme).
    (doc.getElementById('theme') as HTMLButtonElement).click();
    expect(doc.documentElement.getAttribute('data-fr-theme')).to.equal('dark');
    expect(action(), 'dark theme').to.not.equal('rgb(0, 0, 145)');
    await until(() => getComputedStyle(button).backgroundColor === action(), 'the help button in the dark theme');
    const text = colourOf(doc, 'var(--text-default-grey)');
    const steps = doc.querySelector('relais-steps')!;
    expect(getComputedStyle(steps).color).to.equal(text);
  });

  it('keyboard: Tab to the help button, Enter opens, Escape closes', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help']);
    await keyboardToHelp(doc);
  });

  it('passes axe, in light and in dark', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term']);
    let violations = await axePage(doc, win);
    expect(violations, describe_(violations)).to.deep.equal([]);
    (doc.getElementById('theme') as HTMLButtonElement).click();
    violations = await axePage(doc, win);
    expect(violations, `dark: ${describe_(violations)}`).to.deep.equal([]);
  });
});

describe("example: a town hall's own page, branded through --relais-* tokens", () => {
  const PAGE = '/examples/mairie/index.html';

  it('the widgets take the brand set once on :root (colour, focus, font)', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-term', 'relais-help-points']);
    const button = trigger(doc)!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 89, 79)');
    expect(getComputedStyle(button).fontFamily).to.contain('Trebuchet MS');
    const points = doc.querySelector('relais-help-points')!;
    const search = await until(() => points.shadowRoot!.querySelector('[part="search"]'), "the finder's search button");
    expect(getComputedStyle(search).backgroundColor).to.equal('rgb(0, 89, 79)');
  });

  it('keyboard: Tab to the help button, Enter opens, Escape closes', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help']);
    await keyboardToHelp(doc);
  });

  it('passes axe', async () => {
    const { doc, win } = await open(PAGE);
    await upgraded(doc, win, ['relais-help', 'relais-steps', 'relais-term', 'relais-help-points']);
    const violations = await axePage(doc, win);
    expect(violations, describe_(violations)).to.deep.equal([]);
  });
});

describe('examples index', () => {
  it('links every example, and each link opens a page', async () => {
    const html = await (await fetch('/examples/index.html')).text();
    const links = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) =>
      a.getAttribute('href')!,
    );
    expect(links).to.include.members(['carte-grise/index.html', 'react/dist/index.html', 'vue/dist/index.html', 'dsfr/index.html', 'mairie/index.html']);
    for (const link of links) expect((await fetch(`/examples/${link}`)).ok, link).to.be.true;
  });
});
