import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@relais/sdk';
import { createMatcher, fold, glossaryMatcher, glossaryTerms, singular, tokenize } from '../src/index.js';
import type { TermForms } from '../src/index.js';

// A small glossary of our own, shaped like the default one.
const terms: TermForms[] = [
  { id: 'certificat-immatriculation', forms: ["certificat d'immatriculation", 'carte grise', 'CI'] },
  { id: 'certificat-cession', forms: ['certificat de cession'] },
  { id: 'code-cession', forms: ['code de cession'] },
  { id: 'cession', forms: ['cession'] },
  { id: 'numero-formule', forms: ['numéro de formule'] },
  { id: 'timbre-fiscal', forms: ['timbre fiscal électronique', 'timbre fiscal'] },
  { id: 'justificatif-domicile', forms: ['justificatif de domicile'] },
  { id: 'neph', forms: ['NEPH', "numéro d'enregistrement préfectoral harmonisé"] },
  { id: 'pre-demande', forms: ['pré-demande', 'prédemande'] },
  { id: 'permis', forms: ['permis de conduire'] },
  { id: 'manoeuvre', forms: ['manœuvre'] },
];
const matcher = createMatcher(terms);

/** The ids and texts found, in order. */
const found = (text: string) => matcher.find(text).map((m) => [m.id, m.text]);

describe('normalisation', () => {
  it('folds case, accents, ligatures and typographic apostrophes', () => {
    expect(fold('Numéro de FORMULE')).toBe('numero de formule');
    expect(fold('certificat d’immatriculation')).toBe("certificat d'immatriculation");
    expect(fold('Cœur  ÉLECTRONIQUE')).toBe('coeur electronique');
    expect(fold('nume\u0301ro')).toBe('numero');
  });

  it('folds simple French plurals onto the singular', () => {
    expect(singular('cartes')).toBe('carte');
    expect(singular('fiscaux')).toBe('fiscal');
    expect(singular('bureaux')).toBe('bureau');
    expect(singular('cheveux')).toBe('cheveu');
    expect(singular('bijoux')).toBe('bijou');
    // Short words and double s stay as they are.
    expect(singular('des')).toBe('des');
    expect(singular('express')).toBe('express');
  });

  it('splits words on spaces, apostrophes, hyphens and punctuation, with offsets in the original', () => {
    const text = "L’ANTS, c'est pré-demande\u00a0!";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['L', 'ANTS', 'c', 'est', 'pré', 'demande']);
    expect(tokens.map((t) => t.key)).toEqual(['l', 'ant', 'c', 'est', 'pre', 'demande']);
  });
});

describe('matching glossary terms', () => {
  it('ignores accents and case', () => {
    expect(found('Votre NUMERO DE FORMULE est là')).toEqual([['numero-formule', 'NUMERO DE FORMULE']]);
    expect(found('Le Numéro de Formule')).toEqual([['numero-formule', 'Numéro de Formule']]);
    // Accents written as combining marks (NFD text).
    expect(found('le nume\u0301ro de formule')).toEqual([['numero-formule', 'nume\u0301ro de formule']]);
    expect(found('une MANOEUVRE')).toEqual([['manoeuvre', 'MANOEUVRE']]);
  });

  it('accepts typographic apostrophes and no-break spaces', () => {
    expect(found('le certificat d’immatriculation')).toEqual([['certificat-immatriculation', 'certificat d’immatriculation']]);
    expect(found('le numéro\u00a0de\u00a0formule')).toEqual([['numero-formule', 'numéro\u00a0de\u00a0formule']]);
  });

  it('finds plurals of every word of a term', () => {
    expect(found('Les cartes grises et les certificats d’immatriculation')).toEqual([
      ['certificat-immatriculation', 'cartes grises'],
      ['certificat-immatriculation', 'certificats d’immatriculation'],
    ]);
    expect(found('deux timbres fiscaux électroniques')).toEqual([['timbre-fiscal', 'timbres fiscaux électroniques']]);
    expect(found('vos justificatifs de domicile')).toEqual([['justificatif-domicile', 'justificatifs de domicile']]);
  });

  it('takes the longest term first: "certificat de cession" and "code de cession" before "cession"', () => {
    expect(found('Le certificat de cession et le code de cession. La cession est faite.')).toEqual([
      ['certificat-cession', 'certificat de cession'],
      ['code-cession', 'code de cession'],
      ['cession', 'cession'],
    ]);
    expect(found('un timbre fiscal électronique')).toEqual([['timbre-fiscal', 'timbre fiscal électronique']]);
    expect(found('un timbre fiscal papier')).toEqual([['timbre-fiscal', 'timbre fiscal']]);
  });

  it('matches whole words only', () => {
    expect(found('Le cessionnaire et la précession')).toEqual([]);
    expect(found('des cartes grisées')).toEqual([]);
    expect(found('Permis de conduirement')).toEqual([]);
  });

  it('does not join words across punctuation', () => {
    expect(found('une carte. Grise aussi')).toEqual([]);
    expect(found('le code, de cession')).toEqual([['cession', 'cession']]);
  });

  it('matches acronyms written in capitals only, so "CI" is not found in "ci-dessous"', () => {
    expect(found('Voir ci-dessous : ceci')).toEqual([]);
    expect(found('Votre CI est prête')).toEqual([['certificat-immatriculation', 'CI']]);
    expect(found('votre NEPH, ou neph')).toEqual([['neph', 'NEPH']]);
    expect(found("le Numéro d'Enregistrement Préfectoral Harmonisé")).toEqual([['neph', "Numéro d'Enregistrement Préfectoral Harmonisé"]]);
  });

  it('matches hyphenated and joined spellings given as forms', () => {
    expect(found('la pré-demande, la pré demande, la prédemande')).toEqual([
      ['pre-demande', 'pré-demande'],
      ['pre-demande', 'pré demande'],
      ['pre-demande', 'prédemande'],
    ]);
  });

  it('gives offsets that point at the text as written', () => {
    const text = 'Munissez-vous du Code de Cession.';
    const [match] = matcher.find(text);
    expect(match).toEqual({ id: 'code-cession', start: 17, end: 32, text: 'Code de Cession' });
    expect(text.slice(match!.start, match!.end)).toBe('Code de Cession');
  });

  it('tells which term a whole text is', () => {
    expect(matcher.exact('Carte Grise')).toBe('certificat-immatriculation');
    expect(matcher.exact('cartes grises')).toBe('certificat-immatriculation');
    expect(matcher.exact('la carte grise')).toBeUndefined();
    expect(matcher.exact('carte')).toBeUndefined();
    expect(matcher.exact('')).toBeUndefined();
  });

  it('keeps a shared form for the first term that lists it', () => {
    const shared = createMatcher([
      { id: 'a', forms: ['dossier'] },
      { id: 'b', forms: ['dossier', 'numéro de dossier'] },
    ]);
    expect(shared.find('le dossier et le numéro de dossier').map((m) => m.id)).toEqual(['a', 'b']);
    expect(shared.size).toBe(2);
  });

  it('a matcher without the term finds nothing (control: the checks above can fail)', () => {
    const without = createMatcher(terms.filter((t) => t.id !== 'code-cession'));
    expect(without.find('le code de cession').map((m) => m.id)).toEqual(['cession']);
  });
});

describe('matchers from glossary entries', () => {
  const entry = (id: string, fr: string, en: string, variants: string[] = []): GlossaryEntry => ({
    id,
    domain: 'vehicle',
    fr: { term: fr, variants, definition: `Définition de ${fr}.`, easy: `${fr}, en simple.` },
    en: { term: en, definition: `Definition of ${en}.`, easy: `${en}, simply.` },
  });
  const entries = [
    entry('certificat-immatriculation', "certificat d'immatriculation", 'registration certificate', ['carte grise']),
    entry('code-cession', 'code de cession', 'transfer code'),
  ];

  it('uses the term and its variants in the language asked for', () => {
    expect(glossaryTerms(entries, 'fr')[0]).toEqual({ id: 'certificat-immatriculation', forms: ["certificat d'immatriculation", 'carte grise'] });
    expect(
      glossaryMatcher(entries, 'en')
        .find('Your registration certificates')
        .map((m) => m.id),
    ).toEqual(['certificat-immatriculation']);
    expect(glossaryMatcher(entries, 'fr').find('Your registration certificate')).toEqual([]);
  });

  it('builds the matcher once per glossary and language', () => {
    expect(glossaryMatcher(entries, 'fr')).toBe(glossaryMatcher(entries, 'fr'));
    expect(glossaryMatcher(entries, 'fr')).not.toBe(glossaryMatcher(entries, 'en'));
  });
});
