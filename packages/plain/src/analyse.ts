/**
 * Analysing one French text (a label, a hint, a paragraph, a message): its
 * sentences with their scores, and findings, each with its rule, where it
 * is, what is wrong and what to try instead. `analysePage` adds up the texts
 * of a page.
 */
import type { GlossaryEntry } from '@relais/sdk';
import { abbreviations, acronyms, expandedInText, negations, nominalisations, numberWords, passives, supportVerbs, verbFor } from './hints.js';
import { glossaryMatcher } from './matcher.js';
import type { Matcher } from './matcher.js';
import { fold, isCapitals } from './normalize.js';
import { combine, letterCount, measureSentences } from './readability.js';
import type { Measures } from './readability.js';
import { sentences as splitSentences } from './sentences.js';
import type { Sentence } from './sentences.js';

/** The rules a finding comes from. */
export const RULES = {
  'long-sentence': 'a sentence longer than the limit (20 words; 12 in easy-to-read text)',
  'hard-sentence': 'a sentence whose Kandel–Moles score is below the limit (60; 80 in easy-to-read text)',
  passive: 'passive voice: être + past participle',
  nominalisation: 'nouns made from verbs, where the verb says it better',
  jargon: 'a word of administrative French that the glossary explains',
  acronym: 'an acronym not written out in the same text or page',
  negation: 'a negation in easy-to-read text, where a positive sentence can say it',
  'number-words': 'a number written in words in easy-to-read text',
  abbreviation: 'an abbreviation in easy-to-read text',
  punctuation: 'a semicolon or brackets in easy-to-read text',
} as const;

/** A rule id. */
export type RuleId = keyof typeof RULES;

/** One thing to look at in a text. */
export interface Finding {
  rule: RuleId;
  /** `error` fails the easy-to-read rules; `warning` makes a text harder; `info` is worth a look. */
  severity: 'error' | 'warning' | 'info';
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The words concerned, as written. */
  text: string;
  /** What is wrong, in a few words. */
  message: string;
  /** What to try instead. */
  suggestion: string;
  /** For `jargon` and `acronym`: the glossary entry. */
  term?: string;
}

/** One sentence with its scores. */
export interface SentenceReport extends Measures {
  start: number;
  end: number;
  text: string;
  /** Above the length limit or below the score limit. */
  hard: boolean;
}

/** What `analyseText` returns. */
export interface TextReport extends Measures {
  text: string;
  /** Fewer than five words: a label, listed apart and not scored. */
  short: boolean;
  sentenceList: SentenceReport[];
  findings: Finding[];
}

/** Options of the analysis. */
export interface AnalyseOptions {
  /** The glossary whose terms are reported as jargon, each with its plain word (none: no jargon check). */
  glossary?: readonly GlossaryEntry[];
  /** Easy-to-read (FALC) text: sentences of at most 12 words, a score of 80, no acronym, no avoidable negation. */
  easy?: boolean;
  /** Longest sentence allowed, in words (20; 12 when `easy`). */
  maxWords?: number;
  /** Lowest Kandel–Moles score for a sentence (60; 80 when `easy`). */
  minSentenceScore?: number;
  /** Acronyms already written out elsewhere on the page. */
  expanded?: ReadonlySet<string>;
}

/** Texts of fewer words than this are labels: listed apart, not scored. */
export const LABEL_WORDS = 5;

const quote = (s: string): string => `«\u00a0${s}\u00a0»`;

/** The glossary entry an acronym belongs to, with its written-out form ("NEPH" → "numéro d'enregistrement préfectoral harmonisé"). */
function acronymEntry(glossary: readonly GlossaryEntry[] | undefined, acronym: string): { id: string; expansion?: string } | undefined {
  if (!glossary) return undefined;
  for (const e of glossary) {
    const forms = [e.fr.term, ...(e.fr.variants ?? [])];
    if (!forms.includes(acronym)) continue;
    const long = forms.filter((f) => !isCapitals(f.replace(/[^\p{L}]/gu, '')) && !f.includes(acronym)).sort((a, b) => b.length - a.length)[0];
    return long ? { id: e.id, expansion: long } : { id: e.id };
  }
  return undefined;
}

function sentenceReport(s: Sentence, maxWords: number, minScore: number): SentenceReport {
  const m = measureSentences([s]);
  return { ...m, start: s.start, end: s.end, text: s.text, hard: s.words.length > maxWords || (s.words.length >= LABEL_WORDS && m.kandelMoles < minScore) };
}

/** Acronyms a text writes out, and those whose glossary expansion it uses. */
export function expansions(text: string, glossary?: readonly GlossaryEntry[], matcher?: Matcher): Set<string> {
  const out = expandedInText(text);
  if (glossary) {
    const found = (matcher ?? glossaryMatcher(glossary, 'fr')).find(text);
    const ids = new Set(found.filter((m) => !/\p{Lu}{2}/u.test(m.text)).map((m) => m.id));
    for (const e of glossary) {
      if (!ids.has(e.id)) continue;
      for (const f of [e.fr.term, ...(e.fr.variants ?? [])]) if (/^\p{Lu}{2,8}$/u.test(f)) out.add(f);
    }
  }
  return out;
}

/** Analyses one text: scores, sentences, findings. */
export function analyseText(text: string, options: AnalyseOptions = {}): TextReport {
  const easy = Boolean(options.easy);
  const maxWords = options.maxWords ?? (easy ? 12 : 20);
  const minScore = options.minSentenceScore ?? (easy ? 80 : 60);
  const list = splitSentences(text);
  const measures = measureSentences(list);
  const sentenceList = list.map((s) => sentenceReport(s, maxWords, minScore));
  const short = measures.words < LABEL_WORDS;
  const findings: Finding[] = [];
  const add = (f: Omit<Finding, 'text'> & { text?: string }) => findings.push({ ...f, text: f.text ?? text.slice(f.start, f.end) });

  list.forEach((s, i) => {
    const r = sentenceList[i]!;
    const n = s.words.length;
    if (n > maxWords) {
      add({
        rule: 'long-sentence',
        severity: easy ? 'error' : 'warning',
        start: s.start,
        end: s.end,
        message: `${n} words (at most ${maxWords})`,
        suggestion: easy ? 'Cut it into sentences of 12 words or fewer, one idea each.' : 'Cut it in two: one idea per sentence.',
      });
    }
    // A sentence of fewer than five words has no stable score: it is not marked hard.
    if (n >= LABEL_WORDS && r.kandelMoles < minScore) {
      const long = [...new Set(s.words.filter((w) => !/\d/u.test(w.text) && (w.syllables >= 4 || letterCount(w.text) > 10)).map((w) => w.text))].slice(0, 4);
      add({
        rule: 'hard-sentence',
        severity: easy ? 'error' : 'warning',
        start: s.start,
        end: s.end,
        message: `Kandel–Moles ${r.kandelMoles} (${r.level.label}), below ${minScore}`,
        suggestion: long.length
          ? `Use shorter, everyday words instead of ${long.map(quote).join(', ')}, and shorter sentences.`
          : 'Use shorter sentences: one idea each.',
      });
    }
    for (const p of passives(s.words)) {
      add({
        rule: 'passive',
        severity: 'info',
        start: p.start,
        end: p.end,
        message: 'passive voice',
        suggestion: 'Say who does it: « le vendeur envoie le code » rather than « le code est envoyé par le vendeur ».',
      });
    }
    const supports = supportVerbs(s.words);
    for (const v of supports) {
      const verb = verbFor(v.text);
      add({
        rule: 'nominalisation',
        severity: 'info',
        start: v.start,
        end: v.end,
        message: 'a verb that only carries a noun',
        suggestion: verb ? `Use the verb: ${quote(verb)}.` : 'Use the verb the noun comes from.',
      });
    }
    const nouns = nominalisations(s.words).filter((n) => !supports.some((v) => n.start >= v.start && n.end <= v.end));
    if (nouns.length >= 3) {
      const verbs = nouns.map((n) => verbFor(n.text)).filter((v): v is string => Boolean(v));
      add({
        rule: 'nominalisation',
        severity: 'info',
        start: nouns[0]!.start,
        end: nouns[nouns.length - 1]!.end,
        text: nouns.map((n) => n.text).join(', '),
        message: `${nouns.length} nouns made from verbs in one sentence`,
        suggestion: verbs.length ? `Say it with verbs: ${verbs.slice(0, 3).map(quote).join(', ')}.` : 'Say it with verbs.',
      });
    }
    if (easy) {
      for (const neg of negations(s.words)) {
        add({
          rule: 'negation',
          severity: 'info',
          start: neg.start,
          end: neg.end,
          message: 'a negation',
          suggestion: 'Say it positively if you can: « gardez-le » rather than « ne le perdez pas ».',
        });
      }
      for (const w of numberWords(s.words)) {
        add({
          rule: 'number-words',
          severity: 'info',
          start: w.start,
          end: w.end,
          message: 'a number in words',
          suggestion: 'Write numbers in digits: « 3 jours ».',
        });
      }
    }
  });

  if (easy) {
    for (const a of abbreviations(text)) {
      add({ rule: 'abbreviation', severity: 'error', start: a.start, end: a.end, message: 'an abbreviation', suggestion: 'Write the word in full.' });
    }
    for (const m of text.matchAll(/[;()]/gu)) {
      add({
        rule: 'punctuation',
        severity: 'info',
        start: m.index,
        end: m.index + 1,
        message: m[0] === ';' ? 'a semicolon' : 'brackets',
        suggestion: m[0] === ';' ? 'End the sentence there and start a new one.' : 'Say it in its own short sentence.',
      });
    }
  }

  // Acronyms: in easy-to-read text never; elsewhere written out once in the text or on the page.
  const matcher = options.glossary ? glossaryMatcher(options.glossary, 'fr') : undefined;
  const written = easy ? new Set<string>() : expansions(text, options.glossary, matcher);
  for (const a of acronyms(list.flatMap((s) => s.words))) {
    if (!easy && (written.has(a.text) || options.expanded?.has(a.text))) continue;
    const entry = acronymEntry(options.glossary, a.text);
    const out = entry?.expansion;
    add({
      rule: 'acronym',
      severity: easy ? 'error' : 'warning',
      start: a.start,
      end: a.end,
      message: easy ? `the acronym ${a.text} in easy-to-read text` : `the acronym ${a.text} is not written out`,
      suggestion: easy
        ? out
          ? `Say what it is in everyday words (it stands for ${quote(out)}).`
          : 'Say what it is in everyday words.'
        : out
          ? `Write it out the first time: ${quote(`${out} (${a.text})`)}.`
          : 'Write it out the first time, with the acronym in brackets.',
      ...(entry ? { term: entry.id } : {}),
    });
  }

  // Jargon: the glossary's terms, with their everyday word when there is one.
  if (matcher && options.glossary) {
    const byId = new Map(options.glossary.map((e) => [e.id, e]));
    for (const m of matcher.find(text)) {
      const entry = byId.get(m.id);
      if (!entry || isCapitals(m.text.replace(/[^\p{L}]/gu, ''))) continue;
      // The plain word itself ("carte grise" for the registration certificate) is not jargon.
      const plain = entry.fr.plain && fold(entry.fr.plain) !== fold(m.text) ? entry.fr.plain : undefined;
      add({
        rule: 'jargon',
        severity: plain ? 'warning' : 'info',
        start: m.start,
        end: m.end,
        message: plain ? `administrative word (glossary: ${entry.id})` : `explained by the glossary (${entry.id})`,
        suggestion: plain
          ? `Say ${quote(plain)}, or explain it: ${entry.fr.definition}`
          : `Let Relais explain it (<relais-term> or annotate()), or explain it in the text: ${entry.fr.definition}`,
        term: entry.id,
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...measures, text, short, sentenceList, findings };
}

/** Scores of several texts together (a page): their sentences added up, labels left out. */
export function measureTexts(reports: readonly TextReport[]): Measures {
  const scored = reports.filter((r) => !r.short);
  return combine({
    sentences: scored.reduce((n, r) => n + r.sentences, 0),
    words: scored.reduce((n, r) => n + r.words, 0),
    syllables: scored.reduce((n, r) => n + r.syllables, 0),
    longWords: scored.reduce((n, r) => n + r.longWords, 0),
  });
}
