import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { messageIds } from '../packages/sdk/src/messages/index.js';
import { asParsedJson, hostileConfig, prototypeSnapshot, seed } from './hostile/arbitraries.js';
import { hostileLinks, xssPayloads } from './hostile/data.js';

// Hostile input in the page, on the built bundle (/relais/relais.js, as a site
// serves it): the XSS corpus in every text and link of the config, the
// glossary, the explainers, the messages, the element attributes and
// properties and the slotted text; then fuzzed configs through configure(),
// the JSON script tag and element properties. Nothing runs, nothing renders
// as markup, no unsafe link reaches an href/src/action, no uncaught error, the
// phone link is always there.

interface Bundle {
  configure(config: unknown): void;
}
type Shown = HTMLElement & { show(): unknown; open: boolean };
const bundleUrl = '/relais/relais.js';
const allowed = ['https:', 'http:', 'tel:', 'mailto:'];
declare global {
  interface Window {
    __xss?: number;
  }
}

/** Every element (shadow roots included), the document's own included. */
function all(root: ParentNode = document): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...all(el.shadowRoot));
  }
  return out;
}
/** Whether the browser would treat `url` as a safe link on this page. */
function browserSafe(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    return true; // not a URL: never followed
  }
  if (parsed.protocol === 'data:' && /^data:image\//i.test(url.trim())) return true;
  if (!allowed.includes(parsed.protocol)) return false;
  return /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || parsed.origin === location.origin;
}

/** What ran or rendered that should not have, for one round. */
function damage(baselineTags: ReadonlySet<string>): string[] {
  const found: string[] = [];
  if (window.__xss) found.push(`a payload ran (${window.__xss})`);
  for (const el of all()) {
    if (!baselineTags.has(el.localName)) found.push(`<${el.localName}> rendered`);
    for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`<${el.localName} ${a}> rendered`);
    for (const a of ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']) {
      const v = el.getAttribute(a);
      if (v !== null && !browserSafe(v)) found.push(`<${el.localName} ${a}="${v.slice(0, 60)}">`);
    }
  }
  return [...new Set(found)];
}

/** Traps for anything a payload would do, and for uncaught errors. */
function instrument(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  const onViolation = (e: SecurityPolicyViolationEvent) => errors.push(`CSP violation: ${e.violatedDirective}`);
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  const trap = () => {
    window.__xss = (window.__xss ?? 0) + 1;
    return null as never;
  };
  Object.assign(window, { alert: trap, confirm: trap, prompt: trap, print: trap });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    errors,
    stop() {
      Object.assign(window, saved);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}

/** A config with `text` in every text field and `link` in every link field. */
function configWith(text: string, link: string) {
  const messages = Object.fromEntries(messageIds.map((id) => [id, text]));
  return {
    help: {
      phone: { number: '3400', display: text, price: text },
      channels: [
        { id: 'texte', kind: 'other', label: text, href: '/aide', description: text },
        { id: 'lien', kind: 'faq', label: 'Lien', href: link },
      ],
    },
    steps: [
      { id: 'vehicule', title: text, documents: [text], place: text },
      { id: 'photo', title: text, where: 'photo-booth' },
    ],
    glossary: {
      add: [
        {
          id: 'mot-piege',
          link,
          fr: { term: 'Motpiège', definition: text, easy: text, example: text },
          en: { term: 'Motpiège', definition: text, easy: text, example: text },
        },
      ],
      override: [{ id: 'neph', fr: { definition: text, easy: text, example: text } }],
    },
    explainers: {
      'numero-formule': {
        fr: { label: text, summary: text, what: text, why: text, where: text, example: text, easy: text, picture: { src: link, alt: text } },
      },
    },
    messages: { fr: messages, en: messages },
  };
}

/** The page each round renders: every element, in a form, with `attr` in its attributes and `slotted` as text. */
function page(attr: string, slotted: string): HTMLElement {
  const root = document.createElement('div');
  const form = document.createElement('form');
  form.id = 'demarche';
  form.action = '/nowhere';
  const fieldset = document.createElement('fieldset');
  fieldset.dataset['relaisStep'] = 'vehicule';
  const legend = document.createElement('legend');
  legend.textContent = slotted;
  const label = document.createElement('label');
  label.htmlFor = 'numero_formule';
  const term = document.createElement('relais-term');
  term.textContent = 'Motpiège';
  term.setAttribute('term', 'mot-piege');
  const odd = document.createElement('relais-term');
  odd.setAttribute('term', attr);
  odd.textContent = slotted;
  label.append('Numéro de formule ', term, ' ', odd);
  const input = document.createElement('input');
  input.id = 'numero_formule';
  input.name = 'numero_formule';
  input.value = '2013AB12345';
  const explainer = document.createElement('relais-explainer');
  explainer.setAttribute('for', 'numero_formule');
  explainer.setAttribute('topic', 'numero-formule');
  const oddExplainer = document.createElement('relais-explainer');
  oddExplainer.setAttribute('for', attr);
  oddExplainer.setAttribute('topic', attr);
  oddExplainer.textContent = slotted;
  fieldset.append(legend, label, input, explainer, oddExplainer);
  form.append(fieldset);
  const steps = document.createElement('relais-steps');
  steps.setAttribute('for', 'demarche');
  steps.setAttribute('current', attr);
  const help = document.createElement('relais-help');
  help.setAttribute('procedure', attr);
  help.setAttribute('step', attr);
  const fallback = document.createElement('a');
  fallback.href = 'tel:3400';
  fallback.textContent = `Appelez le 34 00 ${slotted}`;
  help.append(fallback);
  const points = document.createElement('relais-help-points');
  points.setAttribute('geocoder', attr);
  points.textContent = slotted;
  root.append(form, steps, help, points);
  document.body.append(root);
  return root;
}

const q = <T extends Element>(el: Element, sel: string) => el.shadowRoot?.querySelector<T>(sel) ?? null;

/** Renders the page and opens what opens; returns its root. */
async function renderAndOpen(attr: string, slotted: string, safeLink = true): Promise<HTMLElement> {
  const root = page(attr, slotted);
  const help = root.querySelector('relais-help') as Shown;
  // With an unsafe link the added entry is dropped: an entry of the default glossary is shown instead.
  const term = root.querySelector('relais-term[term="mot-piege"]') as Shown;
  if (!safeLink) term.setAttribute('term', 'neph');
  const explainer = root.querySelector('relais-explainer[topic="numero-formule"]') as Shown;
  await waitUntil(() => q(help, 'button.trigger') && q(term, 'button.term') && q(explainer, 'button'), 'the elements to render', { timeout: 8000 });
  // One after the other: a toggletip closes when something else opens (light dismiss).
  explainer.show();
  await waitUntil(() => explainer.open, 'the explanation to open', { timeout: 8000 });
  // Its panel is a lazy part: the baseline's tags must include what it renders.
  await waitUntil(() => q(explainer, '#panel dl, #panel p'), 'the explanation panel to render', { timeout: 8000 });
  await help.show();
  await waitUntil(() => q(help, 'a.call')?.checkVisibility({ visibilityProperty: true }), 'the help panel to open', { timeout: 8000 });
  // The page config's glossary is merged in once its module has loaded: the entry is there then.
  await waitUntil(() => (term as Shown & { entry?: unknown }).entry, 'the glossary entry', { timeout: 8000 });
  await term.show();
  await waitUntil(() => q(term, '#text'), 'the toggletip to open', { timeout: 8000 });
  // What opened first is still there (a config loading later must not blank it).
  expect(q(explainer, '#panel dl, #panel p'), 'the explanation panel, after the others opened').to.not.equal(null);
  return root;
}
const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

describe('hostile input on the built bundle', function () {
  this.timeout(600_000);
  let bundle: Bundle;
  let baselineTags: Set<string>;
  let watch: ReturnType<typeof instrument>;
  before(async () => {
    bundle = (await import(bundleUrl)) as Bundle;
    // What the elements render with ordinary texts: the tags allowed later.
    bundle.configure(configWith('Un texte ordinaire.', '/aide'));
    const root = await renderAndOpen('ordinaire', 'Texte du site');
    baselineTags = new Set(all().map((el) => el.localName));
    root.remove();
  });
  beforeEach(() => {
    window.__xss = 0;
    watch = instrument();
  });
  afterEach(() => {
    watch.stop();
    document.body.replaceChildren();
    bundle.configure(undefined);
  });

  it(`the XSS corpus (${xssPayloads.length} payloads, ${hostileLinks.length} links) in every text, link, attribute and slotted text: nothing runs, nothing renders as markup, no unsafe link`, async () => {
    expect(xssPayloads.length).to.be.at.least(60);
    // Texts with safe links, then links with plain texts: an unsafe link drops the list it is in (the channels, the added entries), so the texts beside it would not show.
    const cases = [
      ...xssPayloads.map((text) => ({ text, link: '/aide', attr: text })),
      ...hostileLinks.map((link) => ({ text: 'Un texte ordinaire.', link, attr: link })),
    ];
    expect(cases.length).to.equal(xssPayloads.length + hostileLinks.length);
    for (const [i, { text, link, attr }] of cases.entries()) {
      bundle.configure(configWith(text, link));
      const root = await renderAndOpen(attr, text, link === '/aide');
      // The texts did arrive, as text: the help button says the payload.
      const help = root.querySelector('relais-help')!;
      expect(norm(q(help, 'button.trigger')!.textContent), `round ${i}`).to.equal(norm(text));
      // Give handlers (onerror of an image, autofocus) a chance to fire.
      await new Promise((r) => setTimeout(r, 30));
      expect(damage(baselineTags), `round ${i}: ${JSON.stringify(text)} / ${JSON.stringify(link)}`).to.deep.equal([]);
      expect(watch.errors, `round ${i}`).to.deep.equal([]);
      root.remove();
    }
  });

  it('the same payloads through element properties (no validator): the glossary of a term, the steps of a tracker', async () => {
    for (const text of xssPayloads) {
      const root = page('ordinaire', 'Texte du site');
      const term = root.querySelector('relais-term[term="mot-piege"]') as Shown & { glossary: unknown };
      term.glossary = [
        {
          id: 'mot-piege',
          domain: 'general',
          link: text,
          fr: { term: 'Motpiège', definition: text, easy: text },
          en: { term: 'Motpiège', definition: text, easy: text },
        },
      ];
      const explainer = root.querySelector('relais-explainer[topic="numero-formule"]') as Shown;
      const steps = root.querySelector('relais-steps') as HTMLElement & { steps: unknown };
      steps.steps = [{ id: 'vehicule', title: text, documents: [text] }];
      await waitUntil(() => q(term, 'button.term') && q(explainer, 'button'), 'the elements to render', { timeout: 8000 });
      await term.show();
      explainer.show();
      await waitUntil(() => q(explainer, '#panel dl, #panel p'), 'the explanation panel to render', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 30));
      expect(damage(baselineTags), JSON.stringify(text)).to.deep.equal([]);
      expect(watch.errors).to.deep.equal([]);
      root.remove();
    }
  });

  it('the check can fail: a payload written as markup is caught', async () => {
    const div = document.createElement('div');
    document.body.append(div);
    div.innerHTML = xssPayloads[2]!; // <img src=x onerror=…>
    await waitUntil(() => window.__xss, 'the payload to run');
    expect(damage(baselineTags).join(' ')).to.contain('a payload ran').and.contain('onerror');
    div.remove();
  });
});

describe(`fuzzed configs in the page (seed ${seed})`, function () {
  this.timeout(600_000);
  let bundle: Bundle;
  let watch: ReturnType<typeof instrument>;
  const clean = prototypeSnapshot();
  before(async () => {
    bundle = (await import(bundleUrl)) as Bundle;
  });
  beforeEach(() => {
    window.__xss = 0;
    watch = instrument();
  });
  afterEach(() => {
    watch.stop();
    document.body.replaceChildren();
    bundle.configure(undefined);
    document.querySelectorAll('script[data-relais-config]').forEach((s) => s.remove());
  });

  /** The help button opens a panel with the tel: link, or the fallback link stays. */
  async function phoneReachable(): Promise<string | undefined> {
    const help = document.createElement('relais-help');
    const fallback = document.createElement('a');
    fallback.href = 'tel:3400';
    fallback.textContent = 'Appelez le 34 00';
    help.append(fallback);
    document.body.append(help);
    await waitUntil(() => q(help, 'button.trigger') || help.shadowRoot?.querySelector('slot'), 'help to render', {
      timeout: 8000,
    });
    const trigger = q<HTMLButtonElement>(help, 'button.trigger');
    if (!trigger) return fallback.isConnected && fallback.getClientRects().length ? 'tel:3400' : undefined;
    await (help as Shown).show();
    await waitUntil(() => q(help, 'a.call')?.checkVisibility({ visibilityProperty: true }), 'the panel', { timeout: 8000 });
    return q<HTMLAnchorElement>(help, 'a.call')?.getAttribute('href') ?? undefined;
  }

  const runs = 60;
  it(`configure(): ${runs} hostile configs; no uncaught error, a tel: link, Object.prototype untouched`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileConfig, async (config) => {
        bundle.configure(config);
        const href = await phoneReachable();
        expect(String(href)).to.match(/^tel:\+?[0-9]+$/);
        expect(watch.errors).to.deep.equal([]);
        expect(prototypeSnapshot()).to.equal(clean);
        document.body.replaceChildren();
        bundle.configure(undefined);
      }),
      { seed, numRuns: runs, includeErrorInReport: true },
    );
  });

  it(`the JSON script tag: ${runs} hostile configs, and broken JSON`, async () => {
    const text = fc.oneof(
      hostileConfig.map((c) => JSON.stringify(asParsedJson(c))),
      fc.constantFrom(
        '{',
        '{"help":',
        '<!--',
        '</script><script>window.__xss=1</script>',
        'null',
        '[]',
        '"texte"',
        '{"__proto__":{"polluted":"oui"}}',
        '{"constructor":{"prototype":{"polluted":"oui"}}}',
        '',
      ),
    );
    await fc.assert(
      fc.asyncProperty(text, async (json) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.dataset['relaisConfig'] = '';
        script.textContent = json;
        document.head.append(script);
        const href = await phoneReachable();
        expect(String(href)).to.match(/^tel:\+?[0-9]+$/);
        expect(watch.errors).to.deep.equal([]);
        expect(prototypeSnapshot()).to.equal(clean);
        expect(window.__xss ?? 0).to.equal(0);
        script.remove();
        document.body.replaceChildren();
      }),
      { seed, numRuns: runs, includeErrorInReport: true },
    );
  });

  it(`element properties: ${runs} hostile values for every public property of <relais-help>`, async () => {
    const props = ['variant', 'procedure', 'step', 'pointsSrc', 'open', 'easy', 'config', 'locale', 'messages'];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...props), hostileConfig, { maxKeys: 4 }), async (values) => {
        const help = document.createElement('relais-help') as unknown as HTMLElement & Record<string, unknown>;
        const fallback = document.createElement('a');
        fallback.href = 'tel:3400';
        fallback.textContent = 'Appelez le 34 00';
        help.append(fallback);
        for (const [k, v] of Object.entries(values)) {
          try {
            help[k] = v;
          } catch {
            // a read-only property refusing a value is fine; the page goes on
          }
        }
        document.body.append(help);
        await waitUntil(() => q(help, 'button.trigger') || q(help, 'slot'), 'help to render', { timeout: 8000 });
        await new Promise((r) => setTimeout(r, 20));
        if (q(help, 'button.trigger')) {
          await (help as unknown as Shown).show();
          await waitUntil(() => q(help, 'a.call') || q(help, 'slot'), 'the panel or the fallback', { timeout: 8000 });
        }
        const link = q<HTMLAnchorElement>(help, 'a.call') ?? (q(help, 'slot') ? fallback : null);
        expect(String(link?.getAttribute('href'))).to.match(/^tel:\+?[0-9]+$/);
        expect(watch.errors.join(' | ')).to.equal('');
        expect(prototypeSnapshot()).to.equal(clean);
        help.remove();
      }),
      { seed, numRuns: runs, includeErrorInReport: true },
    );
  });
});
