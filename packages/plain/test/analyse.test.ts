/**
 * The hints and the analysis of a text: passive voice, nominalisations,
 * negations, acronyms (against the dictionary of administrative acronyms in
 * ../shared/data, read here as a source of facts, never copied), jargon
 * through the glossary matcher, and the easy-to-read (FALC) rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGlossary } from '@relais/sdk/glossary/default-glossary.js';
import { acronymOf, analyseText, expandedInText, negations, nominalisations, passives, supportVerbs, verbFor, words } from '../src/index.js';
import type { RuleId } from '../src/index.js';

const rules = (text: string, options = {}): RuleId[] => analyseText(text, options).findings.map((f) => f.rule);
const spans = (found: { start: number; end: number }[], text: string) => found.map((s) => text.slice(s.start, s.end));

describe('hints', () => {
  it('finds the passive voice, not être + adjective, "c\'est" or the past tense of movement verbs', () => {
    const text = "Le code est envoyé par le vendeur. La demande a été refusée. Vous êtes né en 1988. La mairie est fermée. C'est gratuit. Ils sont partis.";
    expect(spans(passives(words(text)), text)).toEqual(['est envoyé', 'été refusée']);
  });

  it('finds nouns made from verbs, and the verbs that only carry them', () => {
    const text = 'Vous devez procéder à la vérification du paiement avant la validation.';
    expect(nominalisations(words(text)).map((n) => n.text)).toEqual(['vérification', 'paiement', 'validation']);
    expect(spans(supportVerbs(words(text)), text)).toEqual(['procéder à la vérification']);
    expect(verbFor('vérification')).toBe('vérifier');
    expect(verbFor('utilisation')).toBe('utiliser');
    expect(verbFor('déclarations')).toBe('déclarer');
    expect(verbFor('paiement')).toBeUndefined();
  });

  it('finds negations', () => {
    const text = "Ne le perdez pas. Vous n'avez plus de points. Il ne reste que 2 jours.";
    expect(spans(negations(words(text)), text)).toEqual(['Ne le perdez pas', "n'avez plus"]);
  });

  it('tells acronyms from codes, Roman numerals and shouting', () => {
    expect(acronymOf('CNI')).toBe('CNI');
    expect(acronymOf("l'ANTS")).toBe('ANTS');
    expect(acronymOf('ASSR2')).toBe('ASSR');
    expect(acronymOf('AB-123-CD')).toBeUndefined();
    expect(acronymOf('2013AB12345')).toBeUndefined();
    expect(acronymOf('XIV')).toBeUndefined();
    expect(acronymOf('Cerfa')).toBeUndefined();
    expect(rules('NE SAISISSEZ PAS VOS VRAIES INFORMATIONS ICI.')).not.toContain('acronym');
  });

  it('finds the acronyms of the national dictionary of administrative acronyms, and accepts them written out', () => {
    const csv = readFileSync(resolve(process.cwd(), '../shared/data/sigles-administration.csv'), 'utf8');
    const rows = csv
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map(([, term, definition]) => [term ?? '', definition ?? ''])
      .filter(
        ([term, definition]) =>
          /^[A-Z]{2,8}$/u.test(term!) && /^[\p{L}'’ -]+$/u.test(definition!) && !/\p{Lu}{2}/u.test(definition!) && definition!.trim().split(/\s+/u).length >= 2,
      );
    expect(rows.length).toBeGreaterThan(1000);
    const sample = rows.filter((_, i) => i % 10 === 0);
    const missed: string[] = [];
    const wrong: string[] = [];
    for (const [acronym, expansion] of sample) {
      if (!analyseText(`Adressez-vous à la ${acronym} de votre ville.`).findings.some((f) => f.rule === 'acronym' && f.text === acronym)) missed.push(acronym!);
      const written = `Adressez-vous à la ${expansion!.trim()} (${acronym}) de votre ville. La ${acronym} vous répond.`;
      if (analyseText(written).findings.some((f) => f.rule === 'acronym')) wrong.push(acronym!);
      if (!expandedInText(written).has(acronym!)) wrong.push(`${acronym} (brackets)`);
    }
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

describe('analyseText', () => {
  it('marks long and hard sentences, with the long words to replace', () => {
    const text = "Le code est envoyé par le vendeur à l'acquéreur après la vérification de la déclaration et la validation de la transmission du dossier.";
    const r = analyseText(text);
    expect(r.sentenceList[0]).toMatchObject({ words: 23, hard: true });
    const hard = r.findings.find((f) => f.rule === 'hard-sentence')!;
    expect(hard.suggestion).toContain('«\u00a0vérification\u00a0»');
    expect(rules(text)).toEqual(['long-sentence', 'hard-sentence', 'passive', 'nominalisation']);
  });

  it('finds jargon with the glossary matcher, with the plain word when there is one', () => {
    const r = analyseText("Le vendeur donne le code de cession à l'acquéreur.", { glossary: defaultGlossary });
    const jargon = r.findings.filter((f) => f.rule === 'jargon');
    expect(jargon.map((f) => [f.text, f.term])).toEqual([
      ['code de cession', 'code-cession'],
      ["l'acquéreur".slice(2), 'acquereur'],
    ]);
    expect(jargon[1]).toMatchObject({ severity: 'warning', suggestion: expect.stringMatching(/^Say «\u00a0acheteur\u00a0»/u) });
    expect(jargon[0]).toMatchObject({ severity: 'info' });
  });

  it('wants an acronym written out once, on the page or with the glossary expansion', () => {
    expect(rules('Votre numéro NEPH est sur le courriel.', { glossary: defaultGlossary })).toContain('acronym');
    expect(rules("Votre numéro d'enregistrement préfectoral harmonisé (NEPH) est sur le courriel.", { glossary: defaultGlossary })).not.toContain('acronym');
    expect(rules('Votre numéro NEPH est sur le courriel.', { glossary: defaultGlossary, expanded: new Set(['NEPH']) })).not.toContain('acronym');
  });

  it('holds easy-to-read text to the FALC rules', () => {
    const text = 'Vous ne devez pas oublier votre CNI, ex. la carte que vous avez reçue il y a trois ans ; gardez-la toujours avec vous.';
    const r = analyseText(text, { easy: true });
    expect(r.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['long-sentence', 'negation', 'acronym', 'abbreviation', 'number-words', 'punctuation'] as RuleId[]),
    );
    expect(r.findings.find((f) => f.rule === 'long-sentence')).toMatchObject({ severity: 'error', message: '23 words (at most 12)' });
    // The same ideas, written for easy reading: nothing left to fix.
    const easy = analyseText('Gardez votre carte avec vous. Vous avez cette carte depuis 3 ans.', { easy: true });
    expect(easy.findings).toEqual([]);
    expect(easy.kandelMoles).toBeGreaterThanOrEqual(80);
  });

  it('lists texts of fewer than five words as labels', () => {
    expect(analyseText('Copier le code').short).toBe(true);
    expect(analyseText('Donnez ce code à la personne.').short).toBe(false);
  });
});
