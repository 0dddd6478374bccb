/**
 * The syllable counter against a hand-checked list, the sentence cutter, and
 * Kandel–Moles and LIX on real sentences whose scores were computed by hand
 * (the sums are written out next to each, so that they can be checked again).
 */
import { describe, expect, it } from 'vitest';
import { kandelMoles, levelOf, lix, measure, numberInWords, parseLevel, sentences, syllables, words } from '../src/index.js';

/**
 * Syllables as said in standard French, checked by hand (clapping each word),
 * with the rule each word tests. 100 words.
 */
const HAND_CHECKED: [string, number, string][] = [
  // silent final -e / -es
  ['carte', 1, 'final e'],
  ['cartes', 1, 'final es'],
  ['grise', 1, 'final e'],
  ['véhicule', 3, 'final e'],
  ['signature', 3, 'final e'],
  ['demande', 2, 'final e'],
  ['timbre', 1, 'final e after two consonants'],
  ['le', 1, 'only vowel kept'],
  ['de', 1, 'only vowel kept'],
  ['que', 1, 'qu + only vowel'],
  ['année', 2, 'é + silent e'],
  ['idée', 2, 'é + silent e'],
  ['données', 2, 'é + silent es'],
  ['partie', 2, 'ie is one'],
  ['vie', 1, 'ie is one'],
  ['rue', 1, 'ue is one'],
  // verbs in -ent, and -ent that is said
  ['donnent', 1, 'verb -ent'],
  ['arrivent', 2, 'verb -ent'],
  ['peuvent', 1, 'verb -ent'],
  ['indiquent', 2, 'verb -ent after qu'],
  ['aiment', 1, 'verb -ment'],
  ['créent', 1, 'verb -ent after é'],
  ['jouent', 1, 'ouent is one'],
  ['moment', 2, 'noun -ment'],
  ['document', 3, 'noun -ment'],
  ['paiement', 2, 'aie is one, -ment said'],
  ['seulement', 3, 'adverb, inner e counts'],
  ['comment', 2, '-mment'],
  ['récemment', 3, '-mment'],
  ['souvent', 2, 'listed -ent'],
  ['argent', 2, 'listed -ent'],
  ['urgent', 2, 'listed -ent'],
  ['président', 3, 'listed -ent'],
  ['parents', 2, 'plural -ents'],
  // qu / gu
  ['quatre', 1, 'qu'],
  ['question', 2, 'qu, io glides'],
  ['équipe', 2, 'qu'],
  ['langue', 1, 'gu before e'],
  ['guichet', 2, 'gu before i'],
  ['quoi', 1, 'qu + oi'],
  // vowel pairs that split, or glide
  ['agréé', 3, 'é + é'],
  ['agréée', 3, 'é + é + silent e'],
  ['agréées', 3, 'é + é + silent es'],
  ['créer', 2, 'é + e'],
  ['réunion', 3, 'é + u, io glides'],
  ['théâtre', 2, 'é + â'],
  ['aéroport', 4, 'a + é'],
  ['poète', 2, 'o + è'],
  ['naïf', 2, 'diaeresis'],
  ['Noël', 2, 'diaeresis'],
  ['client', 2, 'i after cl does not glide'],
  ['clients', 2, 'i after cl does not glide'],
  ['février', 3, 'i after vr does not glide'],
  ['oublier', 3, 'i after bl does not glide'],
  ['cruel', 2, 'u after cr does not glide'],
  ['trouer', 2, 'ou after tr does not glide'],
  ['nation', 2, 'io glides'],
  ['pièce', 1, 'iè glides'],
  ['science', 1, 'ie glides'],
  ['patient', 2, 'ie glides, -ent said'],
  ['vient', 1, 'ie glides'],
  ['vérifient', 3, '-ient verb'],
  ['jouer', 1, 'ou glides'],
  ['nuage', 1, 'u glides'],
  ['situation', 3, 'u glides'],
  ['pluie', 1, 'ui is one'],
  // y
  ['payer', 2, 'y between vowels'],
  ['moyen', 2, 'y between vowels'],
  ['yeux', 1, 'y before a vowel at the start'],
  ['type', 1, 'y as a vowel'],
  ['pays', 2, 'listed exception'],
  // digraphs
  ['beaucoup', 2, 'eau, ou'],
  ['feuille', 1, 'euil'],
  ['travailler', 3, 'ail'],
  ['conseiller', 3, 'eil'],
  ['oiseau', 2, 'oi, eau'],
  ['cœur', 1, 'œu'],
  // whole words as written in texts
  ["d'immatriculation", 6, 'elision'],
  ["l'heure", 1, 'elision'],
  ["aujourd'hui", 3, 'elision inside a word'],
  ["jusqu'à", 2, 'elision with a vowel'],
  ["qu'il", 1, 'elided qu'],
  ['rendez-vous', 3, 'hyphen'],
  ['auto-école', 4, 'hyphen'],
  ['peut-être', 2, 'hyphen'],
  ['FranceConnect', 3, 'camel case'],
  ['HistoVec', 3, 'camel case'],
  ['immatriculation', 6, 'long word'],
  ['gratuitement', 4, 'inner e counts'],
  ['samedi', 3, 'inner e counts'],
  // numbers, codes, acronyms, signs
  ['15', 1, 'quinze'],
  ['2009', 2, 'a year: taken in at a glance'],
  ['34\u00a000', 2, 'digit groups joined by a no-break space'],
  ['34', 2, 'trente-quatre'],
  ['00', 2, 'a code: starts with 0'],
  ['48000', 2, 'a code: more than 4 digits'],
  ['3,5', 4, 'trois virgule cinq'],
  ['CNI', 3, 'spelt'],
  ['NEPH', 1, 'said as a word'],
  ['AB-123-CD', 2, 'a code: letters and digits'],
  ['2013AB12345', 2, 'a code: letters and digits'],
  ['€', 2, 'euros'],
  ['{place}', 2, 'placeholder'],
];

describe('syllables', () => {
  it('has a hand-checked list of at least 60 words', () => {
    expect(HAND_CHECKED.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HAND_CHECKED.map(([w]) => w)).size).toBe(HAND_CHECKED.length);
  });

  it('counts every word of the list as checked by hand', () => {
    const wrong = HAND_CHECKED.filter(([w, n]) => syllables(w) !== n).map(([w, n, rule]) => `${w}: ${syllables(w)}, expected ${n} (${rule})`);
    expect(wrong).toEqual([]);
  });

  it('ignores punctuation around a word, and a word always has a syllable', () => {
    expect(syllables('«carte»,')).toBe(1);
    expect(syllables('(CNI)')).toBe(3);
    expect(syllables('h')).toBe(1);
    expect(syllables('—')).toBe(0);
  });

  it('says numbers in French', () => {
    expect(numberInWords(0)).toBe('zéro');
    expect(numberInWords(21)).toBe('vingt et un');
    expect(numberInWords(71)).toBe('soixante et onze');
    expect(numberInWords(80)).toBe('quatre-vingts');
    expect(numberInWords(97)).toBe('quatre-vingt-dix-sept');
    expect(numberInWords(2009)).toBe('deux mille neuf');
    expect(numberInWords(1_234_567)).toBe('un million deux cent trente-quatre mille cinq cent soixante-sept');
    expect(() => numberInWords(-1)).toThrow(RangeError);
  });
});

describe('sentences and words', () => {
  it('cuts at . ! ? … before a capital, not inside "Vendu le… à… h" or after "ex."', () => {
    expect(sentences("Besoin d'aide\u00a0? Parler à une personne").map((s) => s.text)).toEqual(["Besoin d'aide\u00a0?", 'Parler à une personne']);
    expect(sentences('Écrivez «\u00a0Vendu le… à… h\u00a0» et signez.').length).toBe(1);
    expect(sentences('Une facture, ex. de gaz. Puis signez.').map((s) => s.text)).toEqual(['Une facture, ex. de gaz.', 'Puis signez.']);
    expect(sentences('Il dit «\u00a0Bonjour.\u00a0» Puis il part.').map((s) => s.text)).toEqual(['Il dit «\u00a0Bonjour.\u00a0»', 'Puis il part.']);
    expect(sentences('Premier paragraphe sans point\n\nDeuxième').length).toBe(2);
  });

  it('counts words between spaces, no-break spaces included; elisions and hyphens stay in one word', () => {
    expect(words("L'acheteur a 15\u00a0jours : rendez-vous en mairie.").map((w) => w.text)).toEqual([
      "L'acheteur",
      'a',
      '15',
      'jours',
      'rendez-vous',
      'en',
      'mairie',
    ]);
    expect(words('Prix : 25\u00a0€ — {count} lieux').map((w) => w.text)).toEqual(['Prix', '25', '€', '{count}', 'lieux']);
  });
});

describe('Kandel–Moles and LIX', () => {
  it('computes the formulas from totals', () => {
    // 207 − 1.015 × 10 − 73.6 × 1.5 = 207 − 10.15 − 110.4 = 86.45
    expect(kandelMoles(20, 2, 30)).toBe(86.5);
    // 10 + 100 × 5 / 20 = 35
    expect(lix(20, 2, 5)).toBe(35);
    expect(kandelMoles(0, 0, 0)).toBe(0);
  });

  it('scores real sentences as computed by hand', () => {
    // "Donnez ce code à la personne qui vous répond." (help.code.intro, first sentence)
    // words 9: don-nez 2, ce 1, code 1, à 1, la 1, per-sonne 2, qui 1, vous 1, ré-pond 2 = 12 syllables
    // KM = 207 − 1.015 × 9 − 73.6 × 12/9 = 207 − 9.135 − 98.133 = 99.73; long words (> 6 letters): personne = 1 → LIX 9 + 11.1 = 20.1
    const a = measure('Donnez ce code à la personne qui vous répond.');
    expect([a.words, a.syllables, a.sentences, a.longWords]).toEqual([9, 12, 1, 1]);
    expect(a.kandelMoles).toBe(99.7);
    expect(a.lix).toBe(20.1);

    // "Le document officiel d'un véhicule. Il dit à qui le véhicule appartient et décrit ce véhicule."
    // sentence 1, 5 words: le 1, do-cu-ment 3, of-fi-ciel 3, d'un 1, vé-hi-cule 3 = 11
    // sentence 2, 11 words: il 1, dit 1, à 1, qui 1, le 1, vé-hi-cule 3, ap-par-tient 3, et 1, dé-crit 2, ce 1, vé-hi-cule 3 = 18
    // KM = 207 − 1.015 × 16/2 − 73.6 × 29/16 = 207 − 8.12 − 133.4 = 65.48
    // long words: document, officiel, d'un? no (3 letters), véhicule ×3, appartient, décrit? no (6) = 6 → LIX 8 + 37.5 = 45.5
    const b = measure("Le document officiel d'un véhicule. Il dit à qui le véhicule appartient et décrit ce véhicule.");
    expect([b.words, b.syllables, b.sentences, b.longWords]).toEqual([16, 29, 2, 6]);
    expect(b.kandelMoles).toBe(65.5);
    expect(b.lix).toBe(45.5);

    // "Le code est valable 15 jours." words 6: le 1, code 1, est 1, va-lable 2, 15 (quinze) 1, jours 1 = 7
    // KM = 207 − 6.09 − 73.6 × 7/6 = 207 − 6.09 − 85.867 = 115.04; long: valable (7) = 1 → LIX 6 + 16.7 = 22.7
    const c = measure('Le code est valable 15\u00a0jours.');
    expect([c.words, c.syllables]).toEqual([6, 7]);
    expect(c.kandelMoles).toBe(115);
    expect(c.lix).toBe(22.7);
  });

  it('reads a score in bands, and a level by number or name', () => {
    expect(levelOf(95).id).toBe('tres-facile');
    expect(levelOf(70).id).toBe('assez-facile');
    expect(levelOf(65.5).id).toBe('standard');
    expect(levelOf(-20).id).toBe('tres-difficile');
    expect(parseLevel('4')?.id).toBe('standard');
    expect(parseLevel('assez-facile')?.level).toBe(3);
    expect(parseLevel('moyen')).toBeUndefined();
  });
});
