import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../packages/help/src/relais-help.js';
import { norm } from './helpers/a11y.js';
import { openHelp, panel, phoneLink, politeRegion, recordErrors, renderHelp, trigger, upgraded, waitForClosed, waitForPanel } from './helpers/help.js';

const TUESDAY_10H = new Date('2026-11-24T09:00:00Z');
const COPY_FAILED = "La copie n'a pas marché. Notez le code à la main.";
const fallback = html`<a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>`;
const carteGrise = (now: Date = TUESDAY_10H) =>
  html`<relais-help procedure="ants/carte-grise/changement-titulaire" step="ancien-titulaire" .now=${now}>${fallback}</relais-help>`;

/** Uncaught errors, rejections and console.error calls while a fault is injected. */
function watchFailures(): { failures: () => unknown[]; stop: () => void } {
  const errors = recordErrors();
  const consoleErrors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
  return {
    failures: () => [...errors.errors, ...consoleErrors],
    stop: () => {
      errors.stop();
      console.error = original;
    },
  };
}

// Faults in the browser the element runs in: it degrades, says what to do, and
// never takes the page down.
describe('<relais-help> under faults', () => {
  let watch: ReturnType<typeof watchFailures>;
  beforeEach(() => {
    watch = watchFailures();
  });
  afterEach(() => watch.stop());

  it('with no Clipboard API at all: says the copy failed and to write the code down', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      expect(navigator.clipboard).to.equal(undefined);
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
      await waitUntil(() => norm(politeRegion()?.textContent) === COPY_FAILED, 'the failure was never announced');
      expect(norm(panel(el)!.textContent)).to.contain(COPY_FAILED);
      expect(el.shadowRoot!.querySelector('[part="code"]')!.textContent).to.contain('2A-36');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard; // back to Navigator.prototype's getter
    }
    expect(navigator.clipboard).to.exist;
    expect(watch.failures()).to.deep.equal([]);
  });

  it('when Intl will not say the time zone: the panel still renders, with the hours', async () => {
    const proto = Intl.DateTimeFormat.prototype;
    const original = proto.resolvedOptions;
    proto.resolvedOptions = () => {
      throw new Error('resolvedOptions is broken');
    };
    try {
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      expect(norm(phoneLink(el)!.textContent)).to.equal('Appeler le 34 00');
      expect(norm(el.shadowRoot!.querySelector('.status')?.textContent)).to.match(/^Ouvert jusqu'à 19 h/);
    } finally {
      proto.resolvedOptions = original;
    }
    expect(watch.failures()).to.deep.equal([]);
  });

  it('with a clock that is an Invalid Date: no throw, the phone link is there, the hours are "not known"', async () => {
    const { el } = await renderHelp(carteGrise(new Date('not a date')));
    await openHelp(el);
    expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:3400');
    expect(norm(phoneLink(el)!.textContent)).to.equal('Appeler le 34 00');
    expect(norm(panel(el)!.textContent)).to.contain('Horaires non connus');
    expect(el.shadowRoot!.querySelector('.status')).to.equal(null);
    expect(watch.failures()).to.deep.equal([]);
  });
});

// Inside a form: the widget's buttons never submit it, and the form submits what it did without the widget.
describe('<relais-help> inside a <form>', () => {
  const clipboard = navigator.clipboard;
  beforeEach(() => {
    clipboard.writeText = () => Promise.resolve();
  });
  afterEach(() => {
    delete (clipboard as { writeText?: unknown }).writeText;
  });

  /** A form as a procedure page has one, with submissions recorded (and kept from navigating). */
  async function form(): Promise<{ form: HTMLFormElement; submissions: [string, string][][] }> {
    const el = await fixture<HTMLFormElement>(html`<form action="/nowhere" method="post">
      <label>Immatriculation <input name="immatriculation" value="AB-123-CD" /></label>
      <label><input type="checkbox" name="cession" value="oui" checked /> Déclaration de cession faite</label>
      <button type="submit" name="etape" value="suivante">Continuer</button>
    </form>`);
    const submissions: [string, string][][] = [];
    el.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(el, event.submitter);
      submissions.push([...data.entries()].map(([k, v]) => [k, String(v)]));
    });
    return { form: el, submissions };
  }

  it('pressing the help button and the copy button does not submit the form; the form still submits the same data', async () => {
    const { form: f, submissions } = await form();
    const before = [...new FormData(f).entries()].map(([k, v]) => [k, String(v)]);

    const help = document.createElement('relais-help');
    help.procedure = 'ants/carte-grise/changement-titulaire';
    help.now = TUESDAY_10H;
    f.querySelector('button[type="submit"]')!.before(help);
    await upgraded(help);

    // Mouse and keyboard on the help button, then the copy button.
    trigger(help)!.click();
    await waitForPanel(help);
    help.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
    await waitUntil(() => norm(panel(help)?.textContent).includes('Code copié'), 'the copy never finished');
    trigger(help)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitForClosed(help);
    await sendKeys({ press: 'Space' });
    await waitForPanel(help);
    for (const button of help.shadowRoot!.querySelectorAll('button')) expect(button.type, button.className).to.equal('button');
    expect(submissions, 'a widget button submitted the form').to.deep.equal([]);

    // The form's own submission, by Enter in a field (implicit submission) and by its button.
    f.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submissions.length === 1, 'Enter in a field did not submit');
    f.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => submissions.length === 2, 'the form button did not submit');
    const expected = [...before, ['etape', 'suivante']];
    expect(submissions[0]).to.deep.equal(expected);
    expect(submissions[1]).to.deep.equal(expected);
    expect([...new FormData(f).entries()].map(([k, v]) => [k, String(v)])).to.deep.equal(before);
  });
});
