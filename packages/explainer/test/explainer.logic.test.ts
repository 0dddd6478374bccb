import { describe, expect, it } from 'vitest';
import { fieldSpeech, idTokens, MARGIN, placeTip, speechLang, termSpeech, withToken, withoutToken } from '../src/explainer.logic.js';

const viewport = { width: 320, height: 640 };
const tip = { width: 304, height: 200 };
const box = (left: number, top: number, width = 80, height = 24) => ({ left, top, right: left + width, bottom: top + height });

describe('placeTip: where the toggletip goes', () => {
  it('goes under the word, aligned with its start', () => {
    expect(placeTip(box(10, 100), { width: 200, height: 100 }, viewport)).toEqual({ top: 130, left: 10 });
  });

  it('never leaves the viewport sideways, even for a word at the right edge at 320 px', () => {
    const { left } = placeTip(box(250, 100), tip, viewport);
    expect(left).toBe(320 - 304 - MARGIN);
    expect(left + tip.width).toBeLessThanOrEqual(320 - MARGIN);
    expect(placeTip(box(-40, 100), tip, viewport).left).toBe(MARGIN);
  });

  it('goes above the word when there is no room below but there is above', () => {
    expect(placeTip(box(10, 560), { width: 200, height: 150 }, viewport)).toEqual({ top: 560 - 6 - 150, left: 10 });
  });

  it('stays on screen when there is room neither below nor above (it scrolls inside)', () => {
    const { top } = placeTip(box(10, 300), { width: 200, height: 500 }, viewport);
    expect(top).toBeGreaterThanOrEqual(MARGIN);
    expect(top + 500).toBeLessThanOrEqual(640 - MARGIN);
  });

  it('right to left: aligned with the end of the word', () => {
    expect(placeTip(box(200, 100), { width: 100, height: 50 }, viewport, true).left).toBe(180);
  });
});

describe("the field's aria-describedby", () => {
  it('adds our id last, keeping the page ids and their order', () => {
    expect(withToken('aide erreur', 'ours')).toBe('aide erreur ours');
    expect(withToken(null, 'ours')).toBe('ours');
    expect(withToken('  aide   erreur ', 'ours')).toBe('aide erreur ours');
  });

  it('moves our id back to the end when the page added one after it, without doubling it', () => {
    expect(withToken('aide ours erreur', 'ours')).toBe('aide erreur ours');
    expect(withToken('aide erreur ours', 'ours')).toBe('aide erreur ours');
  });

  it('removes only our id', () => {
    expect(withoutToken('aide ours erreur', 'ours')).toBe('aide erreur');
    expect(withoutToken('ours', 'ours')).toBe(null);
    expect(withoutToken('aide erreur', 'ours')).toBe('aide erreur');
    expect(idTokens('a  b\tc')).toEqual(['a', 'b', 'c']);
  });
});

describe('what is read aloud', () => {
  const term = {
    term: 'code de cession',
    definition: 'Un code que le vendeur vous donne',
    easy: 'Le vendeur vous donne un code.',
    example: 'Exemple : K7P2X9Q4',
  };

  it('the word, then its definition or its easy version, then the example, as sentences', () => {
    expect(termSpeech(term, false)).toBe('code de cession. Un code que le vendeur vous donne. Exemple : K7P2X9Q4.');
    expect(termSpeech({ ...term, example: undefined }, true)).toBe('code de cession. Le vendeur vous donne un code.');
  });

  it('a field: label, what, why, where and the example, or the easy version', () => {
    const text = {
      label: 'Numéro de formule',
      summary: 's',
      what: 'Le numéro du document',
      why: 'Pour vérifier',
      where: 'En haut',
      easy: 'Un numéro. Il est en haut.',
      example: '2013AB12345',
    };
    const headings = { what: 'Ce qui est demandé', why: 'Pourquoi', where: 'Où le trouver', example: 'Exemple : 2013AB12345' };
    expect(fieldSpeech(text, false, headings)).toBe(
      'Numéro de formule. Ce qui est demandé : Le numéro du document. Pourquoi : Pour vérifier. Où le trouver : En haut. Exemple : 2013AB12345.',
    );
    expect(fieldSpeech(text, true, headings)).toBe('Numéro de formule. Un numéro. Il est en haut. Exemple : 2013AB12345.');
  });

  it('asks for French (fr-FR) or English (en-GB)', () => {
    expect(speechLang('fr')).toBe('fr-FR');
    expect(speechLang('en')).toBe('en-GB');
  });
});
