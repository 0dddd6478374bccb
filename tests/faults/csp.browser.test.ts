import { expect } from '@open-wc/testing';
import {
  SUBMITTED,
  allUpgraded,
  closePages,
  consoleLines,
  expectPhoneByKeyboard,
  fallbackShown,
  openPage,
  record,
  strictCsp,
  submitByEnter,
  until,
} from './frame.js';

// The built bundle (/relais/relais.js) in a page served with a strict
// Content-Security-Policy header and Trusted Types (tests/plugins/fault-pages.mjs):
// with the policy name Lit needs (lit-html) everything works and nothing is
// reported; without it, nothing throws and the tel: fallback stays; two
// copies of Relais need 'allow-duplicates', and without it the first copy
// keeps working.
describe('CSP and Trusted Types (built bundle, header-served pages)', () => {
  afterEach(closePages);

  it(`with "${strictCsp()}": every element upgrades, help opens by keyboard to the phone link, no violation`, async () => {
    const page = await openPage({ csp: strictCsp() });
    await allUpgraded(page);
    // Styles apply (adopted style sheets): the help button is a 44 px target.
    const trigger = page.doc.querySelector('relais-help')!.shadowRoot!.querySelector('button.trigger')!;
    expect(trigger.getBoundingClientRect().height).to.be.at.least(44);
    await expectPhoneByKeyboard(page);
    expect(record(page).violations).to.deep.equal([]);
    expect(record(page).errors).to.deep.equal([]);
    expect(consoleLines(page)).to.deep.equal([]);
    expect(await submitByEnter(page)).to.deep.equal(SUBMITTED);
  });

  for (const list of ["'none'", 'autre-politique']) {
    it(`with trusted-types ${list} (no lit-html): no uncaught error, the tel: fallback stays usable, one message naming the fix`, async () => {
      const page = await openPage({ csp: strictCsp(list) });
      await until(() => record(page).messages.length > 0, 'Relais said nothing');
      // Let every element's load settle: still one message.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(record(page).errors).to.deep.equal([]);
      expect(record(page).violations.some((v) => v.startsWith('trusted-types'))).to.equal(true);
      const lines = consoleLines(page);
      expect(lines, lines.join('\n')).to.have.length(1);
      expect(lines[0]).to.match(/^warn: \[relais\] .*Trusted Types.*Fix: .*trusted-types lit-html/);
      expect(customElements.get.call(page.win.customElements, 'relais-help')).to.equal(undefined);
      expect(fallbackShown(page)).to.equal(true);
      await expectPhoneByKeyboard(page);
      expect(await submitByEnter(page)).to.deep.equal(SUBMITTED);
    });
  }

  it("two copies of Relais with trusted-types lit-html 'allow-duplicates': the first copy works, one warning that Relais is loaded twice", async () => {
    const page = await openPage({ csp: strictCsp("lit-html 'allow-duplicates'"), bundle: ['/relais-slow/relais.js', '/relais-copy/relais.js'] });
    await allUpgraded(page);
    await until(() => record(page).messages.length > 0, 'no warning about the second copy');
    expect(record(page).violations).to.deep.equal([]);
    expect(record(page).errors).to.deep.equal([]);
    const lines = consoleLines(page);
    expect(lines, lines.join('\n')).to.have.length(1);
    expect(lines[0]).to.match(/^warn: \[relais\] <relais-[a-z-]+> is already defined: Relais seems to be loaded twice .* Load Relais once\.$/);
    await expectPhoneByKeyboard(page);
    expect(await submitByEnter(page)).to.deep.equal(SUBMITTED);
  });

  it("two copies without 'allow-duplicates': the second copy cannot create its policy, the first still works, no uncaught error", async () => {
    const page = await openPage({ csp: strictCsp(), bundle: ['/relais-slow/relais.js', '/relais-copy/relais.js'] });
    await allUpgraded(page);
    await until(() => record(page).messages.length > 0, 'no message about the second copy');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(record(page).errors).to.deep.equal([]);
    expect(record(page).violations.some((v) => v.startsWith('trusted-types'))).to.equal(true);
    const lines = consoleLines(page);
    expect(lines, lines.join('\n')).to.have.length(1);
    expect(lines[0]).to.match(/^warn: \[relais\] .*Trusted Types.*'allow-duplicates'/);
    await expectPhoneByKeyboard(page);
    expect(await submitByEnter(page)).to.deep.equal(SUBMITTED);
  });
});
