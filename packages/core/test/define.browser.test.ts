import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';

describe('defineElement (loading Relais twice)', () => {
  it('defines a tag once and warns once when a second copy tries again', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(defineElement('relais-test-twice', First)).to.equal(First);
      expect(defineElement('relais-test-twice', Second)).to.equal(First);
      expect(defineElement('relais-test-twice', Third)).to.equal(First);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('relais-test-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('loaded twice');
  });
});
