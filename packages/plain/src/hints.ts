/**
 * Hints about French sentences that lose readers: passive voice, nouns made
 * from verbs (nominalisations), negations, acronyms, numbers in words,
 * abbreviations. They are hints, found with word lists and endings, not a
 * grammar: each gives the words it found and what to try instead.
 */
import type { Word } from './sentences.js';

/** A stretch of a text a hint is about. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const lower = (w: Word): string => w.text.toLowerCase().replace(/’/g, "'");
/** The word without an elided article before it: "l'acheteur" → "acheteur". */
const stem = (w: string): string => w.replace(/^(?:[a-z]|qu|jusqu|lorsqu|puisqu)'/u, '');

const ETRE = new Set(
  (
    'suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons serez seront serais serait serions seriez seraient ' +
    'sois soit soyons soyez soient fus fut furent être étant été'
  ).split(' '),
);
const BETWEEN = new Set([
  'pas',
  'plus',
  'bien',
  'déjà',
  'toujours',
  'aussi',
  'souvent',
  'jamais',
  'encore',
  'parfois',
  'ensuite',
  'alors',
  'vite',
  'tout',
  'très',
]);
const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|eints|eintes|ait|aite|aits|aites)$/u;
/** Past participles of verbs that take être in the past tense (not passive), and words that only look like participles. */
const NOT_PASSIVE = new Set(
  (
    'né née nés nées allé allée allés allées venu venue venus venues arrivé arrivée arrivés arrivées parti partie partis parties passé passée passés passées ' +
    'resté restée restés restées devenu devenue devenus devenues entré entrée entrés entrées sorti sortie sortis sorties monté montée montés montées ' +
    'descendu descendue descendus descendues tombé tombée tombés tombées retourné retournée retournés retournées revenu revenue revenus revenues ' +
    'rentré rentrée rentrés rentrées mort morte morts mortes décédé décédée décédés décédées ' +
    "ici aussi ainsi parmi midi lundi mardi mercredi jeudi vendredi samedi vrai lui oui qui celui ceci aujourd'hui gratuit gratuite gratuits gratuites " +
    'petit petite petits petites plus tous sous nous vous dessus dessous du dû eu peu tout tu but début bus menu absolu jus pu aigu prêt prête ' +
    'ouvert ouverte ouverts ouvertes fermé fermée fermés fermées situé située situés situées valable valide libre sûr sûre'
  ).split(' '),
);

/** "est envoyé", "a été refusée", "sont vérifiés": être, maybe an adverb or two, then a past participle. Not after "c'est". */
export function passives(words: readonly Word[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = stem(lower(words[i]!));
    if (!ETRE.has(w)) continue;
    const raw = lower(words[i]!);
    if (raw.startsWith("c'") || lower(words[i - 1] ?? words[i]!) === 'ce') continue;
    // "a été", "ont été", "avoir été": été is the auxiliary's participle.
    let j = i + 1;
    if (words[j] && lower(words[j]!) === 'été') j++;
    let k = j;
    while (k < words.length && k < j + 2 && BETWEEN.has(lower(words[k]!))) k++;
    const next = words[k];
    if (!next) continue;
    const p = lower(next);
    if (p.length < 3 || NOT_PASSIVE.has(p) || !PARTICIPLE.test(p) || /ité?s?$/u.test(p) || /\p{Lu}/u.test(next.text[0]!)) continue;
    found.push({ start: words[i]!.start, end: next.end, text: '' });
    i = k;
  }
  return found;
}

const NOMINAL = /(?:tion|sion|xion|ment|ance|ence)s?$/u;
const DETERMINERS = new Set(
  "le la les l' un une du des de d' au aux votre vos ce cet cette ces son sa ses leur leurs notre nos mon ma mes ton ta tes toute tout chaque cette".split(' '),
);
const NOT_NOMINAL = new Set([
  'moment',
  'moments',
  'document',
  'documents',
  'argent',
  'gouvernement',
  'appartement',
  'département',
  'départements',
  'france',
  'chance',
]);
const SUPPORT = /^(?:procéd|effectu|réalis|opér|assur|fai|fais|fait|met)/u;

/** A noun made from a verb, after a determiner ("la vérification", "du paiement"). */
export function nominalisations(words: readonly Word[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = lower(words[i]!);
    const elided = /^(?:l|d)'/u.test(raw);
    const w = stem(raw);
    if (w.length < 6 || !NOMINAL.test(w) || NOT_NOMINAL.has(w) || /\p{Lu}/u.test(words[i]!.text.replace(/^\p{L}'/u, '')[0] ?? '')) continue;
    const before = i > 0 ? lower(words[i - 1]!) : '';
    if (!elided && !DETERMINERS.has(before)) continue;
    found.push({ start: words[i]!.start, end: words[i]!.end, text: w });
  }
  return found;
}

/** "procéder à la vérification", "effectuer le paiement": a verb that does nothing but carry a noun. */
export function supportVerbs(words: readonly Word[]): Span[] {
  const found: Span[] = [];
  const nouns = new Map(nominalisations(words).map((n) => [n.start, n]));
  for (let i = 0; i < words.length; i++) {
    if (!SUPPORT.test(lower(words[i]!))) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const noun = nouns.get(words[j]!.start);
      if (noun) {
        found.push({ start: words[i]!.start, end: noun.end, text: noun.text });
        break;
      }
    }
  }
  return found;
}

/** The verb a noun probably comes from, when its ending says so: "vérification" → "vérifier". */
export function verbFor(noun: string): string | undefined {
  const w = noun.replace(/s$/u, '');
  if (w.endsWith('ification')) return `${w.slice(0, -9)}ifier`;
  if (w.endsWith('isation')) return `${w.slice(0, -7)}iser`;
  if (w.endsWith('ation') && w.length > 7) return `${w.slice(0, -5)}er`;
  return undefined;
}

const NEGATION_END = new Set(['pas', 'plus', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'guère', 'nulle', 'ni']);

/** "ne … pas", "n'… plus", "ne … jamais": a negation, when it can be said positively. */
export function negations(words: readonly Word[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = lower(words[i]!);
    if (w !== 'ne' && !w.startsWith("n'")) continue;
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      const end = lower(words[j]!);
      if (NEGATION_END.has(j === i ? stem(end) : end) && j > i) {
        found.push({ start: words[i]!.start, end: words[j]!.end, text: '' });
        i = j;
        break;
      }
    }
  }
  return found;
}

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/u;
/** Words in capitals that are not acronyms. */
const NOT_ACRONYMS = new Set(['OK']);

/** The acronym a word is ("CNI", "l'ANTS", "ASSR2"), or undefined. Codes (letters with digits and dashes) are not acronyms. */
export function acronymOf(word: string): string | undefined {
  const w = word.replace(/^\p{L}{1,6}['’](?=\p{Lu})/u, '');
  const m = /^(\p{Lu}{2,8})(\d?)$/u.exec(w);
  if (!m) return undefined;
  const letters = m[1]!;
  if (ROMAN.test(letters) || NOT_ACRONYMS.has(letters)) return undefined;
  return letters;
}

/** The acronyms of some words, each with where it is; words in a run of 3 or more in capitals (shouting) are left out. */
export function acronyms(words: readonly Word[]): Span[] {
  const found: Span[] = [];
  const capitals = words.map((w) => /\p{L}/u.test(w.text) && w.text === w.text.toUpperCase() && w.text.replace(/[^\p{L}]/gu, '').length >= 2);
  for (let i = 0; i < words.length; i++) {
    const a = acronymOf(words[i]!.text);
    if (!a) continue;
    const run = (capitals[i - 2] && capitals[i - 1]) || (capitals[i - 1] && capitals[i + 1]) || (capitals[i + 1] && capitals[i + 2]);
    if (run) continue;
    found.push({ start: words[i]!.start, end: words[i]!.end, text: a });
  }
  return found;
}

/** Acronyms that a text writes out, next to brackets: "Agence nationale des titres sécurisés (ANTS)" or "ANTS (Agence …)". */
export function expandedInText(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+)+[\s\u00a0]*\((\p{Lu}{2,8})\)/gu)) out.add(m[1]!);
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}{2,8})[\s\u00a0]*\([\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+)+\)/gu)) out.add(m[1]!);
  return out;
}

const NUMBER_WORDS = new Set(
  'deux trois quatre cinq six sept huit dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent mille'.split(' '),
);

/** Numbers written in words ("trois jours"): easy-to-read texts write them in digits. */
export function numberWords(words: readonly Word[]): Span[] {
  return words.filter((w) => NUMBER_WORDS.has(lower(w))).map((w) => ({ start: w.start, end: w.end, text: w.text }));
}

/** Abbreviations ("etc.", "ex.", "n°"): easy-to-read texts write the words out. */
export function abbreviations(text: string, offset = 0): Span[] {
  return [...text.matchAll(/(?<![\p{L}])(?:etc|ex|cf|env|tél|hab|max|mini|maxi)\.|n°/giu)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
  }));
}
