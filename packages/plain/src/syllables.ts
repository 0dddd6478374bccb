/**
 * Counting the syllables of French words, as they are said in standard
 * French, for readability formulas. The rules, in order:
 *
 * - A syllable is a group of vowel letters (a e i o u y and their accented
 *   forms). "qu" and "gu" before e/i are consonants ("quatre", "langue");
 *   "y" between vowels or before a vowel at the start is a consonant
 *   ("payer" = pa-yer, "yeux" = 1).
 * - i, u and ou before another vowel glide into it: one syllable ("nation",
 *   "nuage", "jouer", "pièce"), except after a consonant + r or l, where they
 *   cannot ("client" = cli-ent, "cruel", "février", "trouer").
 * - Two full vowels side by side are two syllables: é before any vowel
 *   ("agréé" = a-gré-é, "réunion", "idée"), a or o before é/è/ê ("aéroport",
 *   "poète"), and a vowel with a diaeresis ("naïf", "Noël").
 * - A final e or es after a consonant is silent ("carte", "cartes", "idée"),
 *   unless it is the word's only vowel ("le", "de", "que"); an e inside a word
 *   counts, as in careful speech ("sa-me-di", "seu-le-ment").
 * - The verb ending -ent after a consonant is silent ("ils donnent" = 1), but
 *   not in nouns, adjectives and adverbs: -ment after a vowel ("paiement",
 *   "seulement"), -mment ("comment", "récemment"), plurals in -ents
 *   ("parents"), and a list of words ("souvent", "urgent", "président"…).
 * - Hyphenated and camel-case words are counted part by part ("rendez-vous",
 *   "FranceConnect"); an elided article joins its word ("l'heure" = 1).
 * - Numbers of one or two digits are said: "15" = quinze (1), "34" =
 *   trente-quatre (2); a decimal too: "3,5" = trois virgule cinq (4).
 * - Longer numbers and codes are one word of 2 syllables, like a value
 *   filled in: digits are taken in at a glance (that is why easy-to-read
 *   French writes numbers in digits) and codes are copied, not read. So are
 *   a year or an amount ("2009", "1988"), a group of digits that starts with
 *   0 ("06", "00"), digit groups joined by no-break spaces ("34 00",
 *   "06 12 34 56 78"), and words that mix letters and digits ("AB-123-CD",
 *   "2013AB12345", "P.6").
 * - Acronyms are spelt letter by letter ("CNI" = 3, W = 3, Y = 2), except a
 *   few said as words ("NEPH", "FALC").
 * - Units and signs are said: "h" (heures), "min", "km", "€", "%".
 */

const VOWELS = new Set('aàâäeéèêëiîïoôöuùûüyÿ');
const DIAERESIS = new Set('ëïüÿ');
const FRONT = new Set('eéèêëiîïy');
const OBSTRUENT = new Set('bcdfgkptv');
const LIQUID = new Set('rl');

/** Words whose count the rules get wrong. */
const EXCEPTIONS: Record<string, number> = {
  pays: 2,
  paysage: 3,
  paysages: 3,
  paysan: 3,
  paysans: 3,
  paysanne: 3,
  abbaye: 3,
};

/** Words in -ent, not verbs: the ending is said. */
const SAID_ENT = new Set(
  (
    'absent accident adhérent adolescent agent ancient apparent ardent argent arpent cent cohérent compétent confident consent content continent couvent ' +
    'décent dément dent différent diligent éloquent éminent équivalent évident excellent fréquent conséquent imminent impudent imprudent incident ' +
    'indécent indifférent indulgent inhérent innocent insolent intelligent latent lent ment négligent occident patent permanent pertinent précédent ' +
    'présent président prudent récent référent régent ressent résident sent sergent serpent somnolent souvent strident talent torrent transparent ' +
    'trident urgent vent violent segment fragment serment tourment pigment sarment'
  ).split(' '),
);

/** Verbs in -ment after a vowel: the ending is silent ("ils aiment"). */
const VERB_MENT = new Set(
  'aiment impriment suppriment expriment estiment animent riment fument allument résument assument présument parfument consument arriment sèment'.split(' '),
);

const isVowelAt = (w: string, i: number): boolean => {
  const ch = w[i];
  if (ch === undefined || !VOWELS.has(ch)) return false;
  const prev = w[i - 1];
  const next = w[i + 1];
  if (ch === 'u') {
    if (prev === 'q') return next === undefined || !DIAERESIS.has(next) ? false : true;
    if (prev === 'g' && next !== undefined && FRONT.has(next) && !DIAERESIS.has(next)) return false;
  }
  if (ch === 'y' && next !== undefined && VOWELS.has(next) && (i === 0 || (prev !== undefined && VOWELS.has(prev)))) return false;
  return true;
};

/** Whether a glide (i, u, ou) at `i` follows a consonant + r or l. */
const afterCluster = (w: string, i: number): boolean => {
  const a = w[i - 2];
  const b = w[i - 1];
  return a !== undefined && b !== undefined && OBSTRUENT.has(a) && LIQUID.has(b);
};

/** Whether a new syllable starts at `k` inside a group of vowel letters that starts at `start`. */
function splitsBefore(w: string, start: number, k: number): boolean {
  const ch = w[k]!;
  const prev = w[k - 1]!;
  if (DIAERESIS.has(ch)) return true;
  if (prev === 'é') return true;
  if ((ch === 'é' || ch === 'è' || ch === 'ê') && (prev === 'a' || prev === 'o')) return true;
  // i or u (or ou) after a consonant + r/l, before another vowel: no glide.
  if (prev === 'i' && k - 1 === start && afterCluster(w, k - 1)) return true;
  if (prev === 'u' && k - 1 === start && ch !== 'i' && afterCluster(w, k - 1)) return true;
  if (prev === 'u' && k - 2 === start && w[start] === 'o' && afterCluster(w, start)) return true;
  return false;
}

/** Where each syllable's vowel group starts in a lower-case word of letters only. */
function vowelGroups(w: string): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < w.length) {
    if (!isVowelAt(w, i)) {
      i++;
      continue;
    }
    let groupStart = i;
    starts.push(i);
    i++;
    while (i < w.length && isVowelAt(w, i)) {
      if (splitsBefore(w, groupStart, i)) {
        starts.push(i);
        groupStart = i;
      }
      i++;
    }
  }
  return starts;
}

/** Syllables of one lower-case word made of letters only (no hyphen, no apostrophe): at least 1. */
function letterWord(w: string): number {
  if (!w) return 0;
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  const starts = vowelGroups(w);
  let count = starts.length;
  if (count > 1) {
    const last = starts[starts.length - 1]!;
    const ownE = (at: number) => w[at] === 'e' && last === at;
    if ((w.endsWith('e') && ownE(w.length - 1)) || (w.endsWith('es') && ownE(w.length - 2))) count--;
    else if (w.endsWith('ent') && ownE(w.length - 3) && w[w.length - 4] !== 'i' && !saidEnt(w)) count--;
  }
  return Math.max(1, count);
}

function saidEnt(w: string): boolean {
  if (SAID_ENT.has(w)) return true;
  if (w.endsWith('mment')) return true;
  if (w.endsWith('ment')) {
    if (VERB_MENT.has(w)) return false;
    const before = w[w.length - 5];
    return before !== undefined && VOWELS.has(before) && before !== 'è';
  }
  return false;
}

const UNITS: Record<string, number> = { h: 1, min: 2, km: 3, m: 1, kg: 2, g: 1, ko: 2, mo: 2, go: 2, '€': 2, '%': 2, '°': 1, '@': 3, '&': 1, '+': 1 };
/** Letters said as words in acronyms. */
const SAID_AS_WORDS = new Set(['NEPH', 'FALC', 'CERFA', 'CNIL', 'INSEE', 'URSSAF', 'SAMU', 'SMIC', 'ONU', 'OTAN']);
const LETTER_NAMES: Record<string, number> = { w: 3, y: 2 };

const ONES = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];

function below100(n: number): string {
  if (n <= 16) return ONES[n]!;
  if (n < 20) return `dix-${ONES[n - 10]!}`;
  const t = Math.floor(n / 10);
  let u = n % 10;
  if (t === 7 || t === 9) u += 10;
  const tens = TENS[t]!;
  if (u === 0) return t === 8 ? 'quatre-vingts' : tens;
  if (u === 1 && t < 8) return `${tens} et un`;
  if (u === 11 && t === 7) return `${tens} et onze`;
  return `${tens}-${below100(u)}`;
}

function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const head = h === 0 ? '' : h === 1 ? 'cent' : `${ONES[h]!} cent`;
  if (!rest) return head || 'zéro';
  return head ? `${head} ${below100(rest)}` : below100(rest);
}

/** A whole number (0 to 999 999 999) in French words: 2009 → "deux mille neuf". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`numberInWords: ${n} is out of range`);
  if (n < 1000) return below1000(n);
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions) parts.push(`${below1000(millions)} million${millions > 1 ? 's' : ''}`);
  if (thousands) parts.push(thousands === 1 ? 'mille' : `${below1000(thousands)} mille`);
  if (rest) parts.push(below1000(rest));
  return parts.join(' ');
}

/** The syllables of a code: copied, not read. */
const CODE = 2;

/** Whether a group of digits is a code rather than a number said aloud. */
const isCodeDigits = (group: string): boolean => (group.length > 1 && group.startsWith('0')) || group.length > 2;

/** Syllables of a number said aloud. */
const digits = (group: string): number => phrase(numberInWords(Number(group)));

/** Syllables of a phrase of ordinary words (spaces and hyphens between them). */
function phrase(text: string): number {
  let n = 0;
  for (const part of text.split(/[\s-]+/)) if (part) n += letterWord(part);
  return n;
}

/** Syllables of a word made of capitals: spelt, unless said as a word. */
function acronym(word: string): number {
  if (SAID_AS_WORDS.has(word)) return letterWord(word.toLowerCase());
  let n = 0;
  for (const ch of word.toLowerCase()) n += LETTER_NAMES[ch] ?? 1;
  return n;
}

const LETTERS = /\p{L}/u;
const UPPER = /^\p{Lu}+$/u;

/**
 * The syllables of one word as written in a text: letters, digits, hyphens,
 * apostrophes (punctuation around it is ignored). A placeholder such as
 * `{place}` (a value filled in at run time) counts as 2.
 */
export function syllables(word: string): number {
  if (/^\{\w+\}$/.test(word)) return 2;
  const unit = UNITS[word.toLowerCase()];
  if (unit !== undefined) return unit;
  const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!clean) return 0;
  let total = 0;
  // A decimal number: "3,5" → trois virgule cinq.
  const decimal = /^(\d+)[,.](\d+)$/.exec(clean);
  if (decimal) return digits(decimal[1]!) + 2 + digits(decimal[2]!);
  const hasDigit = /\p{N}/u.test(clean);
  if (/^\p{N}+(?:[\u00a0\u202f]\p{N}+)+$/u.test(clean)) return CODE;
  if (hasDigit) {
    // A number said aloud, or a code.
    if (/^\p{N}+$/u.test(clean)) return isCodeDigits(clean) ? CODE : digits(clean);
    return CODE;
  }
  for (const piece of clean.split(/[-\u2010\u2011/.]+/)) if (piece) total += letters(piece);
  return Math.max(total, LETTERS.test(clean) ? 1 : 0);
}

/** A run of letters (maybe with apostrophes): a word or an acronym. */
function letters(run: string): number {
  const parts = run.split(/['’]/);
  let n = 0;
  // Elided words before an apostrophe ("l'", "qu'", "jusqu'") add only their own vowels.
  for (const prefix of parts.slice(0, -1)) n += vowelGroups(prefix.toLowerCase()).length;
  const word = parts[parts.length - 1] ?? '';
  if (!word) return n;
  if (UPPER.test(word) && word.length >= 2) return n + acronym(word);
  // Camel case: FranceConnect → France + Connect.
  for (const p of word.split(/(?<=\p{Ll})(?=\p{Lu})/u)) n += letterWord(p.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae'));
  return n;
}
