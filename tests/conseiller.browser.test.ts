import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yTree, axeViolationsInFrame, describeViolations, findAll, norm } from './helpers/a11y.js';
import { nextLoad, until } from './helpers/example.js';

// The adviser page examples/conseiller/, in an <iframe> (same origin), with the
// single-file bundle as a site serves it: an adviser types the code a citizen reads aloud.

const PAGE = '/examples/conseiller/index.html';

async function open(query = '', width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  const loaded = nextLoad(frame);
  frame.src = PAGE + query;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The reading as shown, one text per paragraph or list item. */
function reading(doc: Document): string[] {
  return [...doc.querySelectorAll('#lecture p, #lecture li')].map((n) => norm(n.textContent));
}

/** Types `code` in the field with the keyboard, and presses Enter. */
async function typeCode(frame: HTMLIFrameElement, code: string): Promise<void> {
  const doc = frame.contentDocument!;
  const field = doc.getElementById('code') as HTMLInputElement;
  frame.contentWindow!.focus();
  field.focus();
  field.select();
  await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
}

describe('adviser page: read a help code', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('reads "2A-28" as the procedure and the step, in words, in the status region, with the keyboard alone', async () => {
    frame = await open();
    const doc = frame.contentDocument!;
    const region = doc.getElementById('lecture')!;
    expect(region.getAttribute('role'), 'a status region, there before anything is written').to.equal('status');
    expect(norm(region.textContent)).to.equal('');
    await typeCode(frame, '2a 28');
    await until(() => reading(doc).length, 'the reading');
    expect(reading(doc)).to.deep.equal(['2A-28 : Carte grise — changement de titulaire — étape 1 : Votre véhicule']);
    // The page did not reload: the code never left it.
    expect(new URL(doc.URL).search).to.equal('');
  });

  it('says "code mal lu" for one wrong symbol, with the nearest valid readings, and what to do', async () => {
    frame = await open();
    const doc = frame.contentDocument!;
    await typeCode(frame, '2A-29');
    await until(() => reading(doc).length, 'the reading');
    expect(reading(doc)).to.deep.equal([
      'Code mal lu',
      'Codes proches (un seul signe change) :',
      '2A-28 : Carte grise — changement de titulaire — étape 1 : Votre véhicule',
      'Demandez à la personne de relire le code, un signe à la fois.',
    ]);
    // A symbol outside the alphabet (a zero for an A) gives the same help.
    await typeCode(frame, '20-28');
    await until(() => reading(doc)[2]?.startsWith('2A-28'), 'the reading of 20-28');
    // Nothing near: it says so.
    await typeCode(frame, '99-99');
    await until(() => reading(doc).includes('Aucun code proche.'), 'no nearby code');
  });

  it('reads the code given in the address (?code=…), so that a colleague can share a link', async () => {
    frame = await open('?code=4A-ZA');
    const doc = frame.contentDocument!;
    await until(() => reading(doc).length, 'the reading');
    expect(reading(doc)).to.deep.equal(["4A-ZA : Carte d'identité — pré-demande — étape inconnue"]);
    expect((doc.getElementById('code') as HTMLInputElement).value).to.equal('4A-ZA');
  });

  it('exposes a named field with its hint and a status with the reading in the accessibility tree; passes axe', async () => {
    frame = await open('?code=2A-29');
    const doc = frame.contentDocument!;
    await until(() => reading(doc).length, 'the reading');
    // The tree is read from this page: move the page's body in, with its stylesheet.
    const main = document.importNode(doc.querySelector('main')!, true);
    main.id = 'conseiller-copy';
    document.body.append(main);
    try {
      const tree = await a11yTree('#conseiller-copy');
      const [field] = findAll(tree, 'textbox', "Code d'aide");
      expect(field, 'the field, named by its label').to.exist;
      expect(norm(field!.description)).to.equal('4 signes, par exemple 2A-28. Majuscules, espaces et tirets : peu importe.');
      expect(findAll(tree, 'button', 'Lire le code')).to.have.length(1);
      const [status] = findAll(tree, 'status');
      expect(status, 'the status region').to.exist;
    } finally {
      main.remove();
    }
    const violations = await axeViolationsInFrame(frame);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    // The check can fail: a nameless button in the same page is caught.
    doc.querySelector('main')!.append(doc.createElement('button'));
    expect((await axeViolationsInFrame(frame)).map((v) => v.id)).to.include('button-name');
  });

  it('reflows at 320 px with targets of at least 44 px', async () => {
    frame = await open('?code=2A-29', 320);
    const doc = frame.contentDocument!;
    await until(() => reading(doc).length, 'the reading');
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    for (const target of doc.querySelectorAll<HTMLElement>('input, button')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML.slice(0, 50)).to.be.at.least(44);
      expect(box.width, target.outerHTML.slice(0, 50)).to.be.at.least(44);
    }
  });
});
