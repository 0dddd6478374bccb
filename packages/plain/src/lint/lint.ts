/**
 * Linting one page (an HTML form, a JSON catalogue, a text file): each text
 * analysed, the page's score from all its texts together (labels left out),
 * and every finding placed by line.
 */
import type { GlossaryEntry } from '@relais/sdk';
import { analyseText, expansions, measureTexts } from '../analyse.js';
import type { Finding, RuleId } from '../analyse.js';
import type { Measures } from '../readability.js';
import { catalogueTexts, htmlTexts, plainTexts } from './sources.js';
import type { SourceText, TextKind } from './sources.js';

/** A file's kind, from its name. */
export type FileKind = 'html' | 'json' | 'text';

/** The kind of a file by its extension, or undefined if relais-lint does not read it. */
export function fileKind(name: string): FileKind | undefined {
  if (/\.x?html?$/iu.test(name)) return 'html';
  if (/\.json$/iu.test(name)) return 'json';
  if (/\.txt$/iu.test(name)) return 'text';
  return undefined;
}

/** A finding, placed. */
export interface LintFinding {
  rule: RuleId;
  severity: Finding['severity'];
  line: number;
  text: string;
  message: string;
  suggestion: string;
  term?: string;
}

/** One sentence of a text, placed and scored. */
export interface LintSentence {
  line: number;
  text: string;
  words: number;
  kandelMoles: number;
  lix: number;
  level: string;
  hard: boolean;
}

/** One text of a page. */
export interface LintText {
  kind: TextKind;
  id?: string;
  line: number;
  text: string;
  easy: boolean;
  /** Fewer than five words: a label, not scored. */
  short: boolean;
  kandelMoles: number;
  lix: number;
  level: string;
  sentences: LintSentence[];
  findings: LintFinding[];
}

/** A page's report. */
export interface PageReport {
  file: string;
  kind: FileKind;
  lang?: string;
  /** Scores of the page's texts together (labels left out). */
  score: Omit<Measures, 'level'> & { level: number; levelId: string; levelLabel: string };
  texts: LintText[];
  /** How many texts are labels (not scored). */
  labels: number;
}

/** Options of `lintSource`. */
export interface LintOptions {
  glossary?: readonly GlossaryEntry[];
  /** Every text is easy-to-read (FALC). */
  easy?: boolean;
  /** Longest sentence, in words. */
  maxWords?: number;
  /** Lowest Kandel–Moles score of a sentence before it is marked hard. */
  minSentenceScore?: number;
}

/** The texts of a file of a kind (throws a SourceError when it cannot be read as that kind). */
export function sourceTexts(content: string, kind: FileKind): { texts: SourceText[]; lang?: string } {
  if (kind === 'html') return htmlTexts(content);
  if (kind === 'json') return { texts: catalogueTexts(content) };
  return { texts: plainTexts(content) };
}

/** Lints a file's content. */
export function lintSource(file: string, content: string, kind: FileKind, options: LintOptions = {}): PageReport {
  const { texts, lang } = sourceTexts(content, kind);
  const expanded = expansions(texts.map((t) => t.text).join('\n\n'), options.glossary);
  const reports = texts.map((t) => {
    const easy = Boolean(options.easy || t.easy);
    return {
      source: t,
      easy,
      report: analyseText(t.text, {
        easy,
        expanded,
        ...(options.glossary ? { glossary: options.glossary } : {}),
        ...(options.maxWords !== undefined && !easy ? { maxWords: options.maxWords } : {}),
        ...(options.minSentenceScore !== undefined && !easy ? { minSentenceScore: options.minSentenceScore } : {}),
      }),
    };
  });
  const m = measureTexts(reports.map((r) => r.report));
  const lintTexts: LintText[] = reports.map(({ source, easy, report }) => {
    const at = (offset: number) => source.lines[Math.min(offset, source.lines.length - 1)] ?? 1;
    return {
      kind: source.kind,
      ...(source.id ? { id: source.id } : {}),
      line: at(0),
      text: source.text,
      easy,
      short: report.short,
      kandelMoles: report.kandelMoles,
      lix: report.lix,
      level: report.level.id,
      sentences: report.sentenceList.map((s) => ({
        line: at(s.start),
        text: s.text,
        words: s.words,
        kandelMoles: s.kandelMoles,
        lix: s.lix,
        level: s.level.id,
        hard: s.hard,
      })),
      findings: report.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        line: at(f.start),
        text: f.text,
        message: f.message,
        suggestion: f.suggestion,
        ...(f.term ? { term: f.term } : {}),
      })),
    };
  });
  return {
    file,
    kind,
    ...(lang ? { lang } : {}),
    score: {
      sentences: m.sentences,
      words: m.words,
      syllables: m.syllables,
      longWords: m.longWords,
      kandelMoles: m.kandelMoles,
      lix: m.lix,
      level: m.level.level,
      levelId: m.level.id,
      levelLabel: m.level.label,
    },
    texts: lintTexts,
    labels: lintTexts.filter((t) => t.short).length,
  };
}
