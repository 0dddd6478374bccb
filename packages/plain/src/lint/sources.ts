/**
 * What `relais-lint` reads: the texts a citizen reads in an HTML form (its
 * title, headings, labels, legends, hints, paragraphs, list items, buttons,
 * error messages, and the `title` and `aria-label` attributes), in a JSON
 * message catalogue (every string, by its key path) or in a plain text file
 * (one text per paragraph). Each text comes with the line of each of its
 * characters, so that a sentence or a word can be placed (`file:line`).
 *
 * HTML is parsed with parse5, the parser that follows the HTML standard's
 * tree construction (as browsers do: a `<p>` closes before a `<div>`, a
 * `<legend>` may hold a heading), with the source location of every node.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** The kinds of text, as they appear in reports. */
export type TextKind =
  'title' | 'heading' | 'label' | 'legend' | 'hint' | 'error' | 'paragraph' | 'list-item' | 'button' | 'cell' | 'attribute' | 'message' | 'text';

/** One text to lint. */
export interface SourceText {
  kind: TextKind;
  text: string;
  /** The line of each character of `text` (1-based). */
  lines: number[];
  /** A catalogue key path, or the attribute's name and element. */
  id?: string;
  /** An easy-to-read (FALC) text. */
  easy?: boolean;
}

/** A file that cannot be linted, with why. */
export class SourceError extends Error {}

const ITEM_KINDS: Record<string, TextKind> = {
  title: 'title',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  label: 'label',
  legend: 'legend',
  p: 'paragraph',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  button: 'button',
  summary: 'heading',
  caption: 'heading',
  figcaption: 'paragraph',
  blockquote: 'paragraph',
  th: 'cell',
  td: 'cell',
  option: 'label',
};
const INLINE = new Set(
  'a abbr b bdi bdo br cite code data del dfn em i img input ins kbd mark q s samp select small span strong sub sup textarea time u var wbr relais-term'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'head-placeholder']);
const HINT_CLASS = /(?:^|[\s_-])(?:hint|help|aide|description|fr-hint-text)(?:$|[\s_-])/iu;
const ERROR_CLASS = /(?:^|[\s_-])(?:error|errors|erreur|erreurs|invalid-feedback|fr-error-text)(?:$|[\s_-])/iu;
const WHITE = /[ \t\n\r\f]/u;

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** Text being gathered, with the line of each character; white space collapsed as a browser shows it. */
class Buffer {
  chars: string[] = [];
  lines: number[] = [];
  space(line: number) {
    if (this.chars.length && this.chars[this.chars.length - 1] !== ' ') {
      this.chars.push(' ');
      this.lines.push(line);
    }
  }
  add(value: string, line: number) {
    let l = line;
    for (const ch of value) {
      if (WHITE.test(ch)) this.space(l);
      else {
        this.chars.push(ch);
        this.lines.push(l);
      }
      if (ch === '\n') l++;
    }
  }
  take(): { text: string; lines: number[] } | undefined {
    let from = 0;
    let to = this.chars.length;
    while (from < to && this.chars[from] === ' ') from++;
    while (to > from && this.chars[to - 1] === ' ') to--;
    const text = this.chars.slice(from, to).join('');
    const lines = this.lines.slice(from, to);
    this.chars = [];
    this.lines = [];
    return /[\p{L}\p{N}]/u.test(text) ? { text, lines } : undefined;
  }
}

const lineOf = (node: Node): number => node.sourceCodeLocation?.startLine ?? 1;

/** Whether a file's bytes look like text: no control character but tab, line feed, form feed, carriage return and escape. */
function isText(content: string): boolean {
  const head = content.slice(0, 4096);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 27) return false;
  }
  return true;
}

/** The texts of an HTML page. Throws a `SourceError` if the file is not HTML. */
export function htmlTexts(html: string): { texts: SourceText[]; lang?: string } {
  if (!isText(html)) throw new SourceError('not a text file (binary content)');
  if (!/<(?:!doctype|html|head|body|[a-z][a-z0-9-]*[\s>/])/iu.test(html)) throw new SourceError('not an HTML file (no HTML tag found)');
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const texts: SourceText[] = [];
  const described = new Set<string>();
  const errorIds = new Set<string>();
  let pageLang: string | undefined;

  // First pass: ids that fields point to as their hint or error message.
  const visitIds = (node: Node) => {
    if ('attrs' in node) {
      for (const id of (attr(node, 'aria-describedby') ?? '').split(/\s+/u)) if (id) described.add(id);
      for (const id of (attr(node, 'aria-errormessage') ?? '').split(/\s+/u)) if (id) errorIds.add(id);
      if (node.nodeName === 'html') pageLang = attr(node, 'lang');
    }
    if ('childNodes' in node) for (const child of node.childNodes) visitIds(child);
  };
  visitIds(doc);

  const kindOf = (el: Element): TextKind | undefined => {
    const id = attr(el, 'id');
    const cls = attr(el, 'class') ?? '';
    const role = attr(el, 'role');
    if ((id && errorIds.has(id)) || role === 'alert' || attr(el, 'aria-live') === 'assertive' || ERROR_CLASS.test(cls)) return 'error';
    if ((id && described.has(id)) || HINT_CLASS.test(cls)) return 'hint';
    return ITEM_KINDS[el.nodeName];
  };
  const french = (lang: string | undefined): boolean => !lang || /^fr\b/iu.test(lang);

  const attributes = (el: Element, lang: string | undefined) => {
    if (!french(lang)) return;
    for (const name of ['title', 'aria-label'] as const) {
      const value = attr(el, name);
      if (!value || (name === 'title' && el.nodeName === 'title')) continue;
      const line = el.sourceCodeLocation?.attrs?.[name]?.startLine ?? lineOf(el);
      const b = new Buffer();
      b.add(value, line);
      const t = b.take();
      if (t) texts.push({ kind: 'attribute', id: `${el.nodeName}[${name}]`, ...t });
    }
    const type = (attr(el, 'type') ?? '').toLowerCase();
    if (el.nodeName === 'input' && ['submit', 'button', 'reset'].includes(type)) {
      const value = attr(el, 'value');
      const b = new Buffer();
      if (value) b.add(value, el.sourceCodeLocation?.attrs?.['value']?.startLine ?? lineOf(el));
      const t = b.take();
      if (t) texts.push({ kind: 'button', ...t });
    }
  };

  /** Gathers the inline content of `node` into `b`; block children become texts of their own. */
  const walk = (node: Node, b: Buffer, kind: TextKind, lang: string | undefined, flush: () => void) => {
    if (node.nodeName === '#text') {
      const t = node as TextNode;
      if (french(lang)) b.add(t.value, lineOf(t));
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) walk(child, b, kind, lang, flush);
      return;
    }
    const el = node;
    if (SKIP.has(el.nodeName)) return;
    const ownLang = attr(el, 'lang') ?? lang;
    attributes(el, ownLang);
    if (el.nodeName === 'br') {
      b.space(lineOf(el));
      return;
    }
    const itemKind = kindOf(el);
    if (itemKind) {
      // A text of its own: what was gathered before it goes first.
      flush();
      const own = new Buffer();
      const ownFlush = () => {
        const t = own.take();
        if (t) texts.push({ kind: itemKind, ...t });
      };
      for (const child of el.childNodes) walk(child, own, itemKind, ownLang, ownFlush);
      ownFlush();
      return;
    }
    if (INLINE.has(el.nodeName)) {
      for (const child of el.childNodes) walk(child, b, kind, ownLang, flush);
      return;
    }
    // A block container: its loose text (outside any item) is a paragraph.
    flush();
    const loose = new Buffer();
    const looseFlush = () => {
      const t = loose.take();
      if (t) texts.push({ kind: 'paragraph', ...t });
    };
    for (const child of el.childNodes) walk(child, loose, 'paragraph', ownLang, looseFlush);
    looseFlush();
  };

  const root = new Buffer();
  walk(doc, root, 'paragraph', undefined, () => {
    const t = root.take();
    if (t) texts.push({ kind: 'paragraph', ...t });
  });
  texts.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  return pageLang ? { texts, lang: pageLang } : { texts };
}

const EASY_KEY = /(?:^|[-_.])(?:easy|falc)$|^frEasy$/iu;

/**
 * The strings of a JSON message catalogue (an object or array whose leaves
 * are all strings), each with its key path and line. Throws a `SourceError`
 * if the file is not JSON, or not a catalogue.
 */
export function catalogueTexts(json: string): SourceText[] {
  if (!isText(json)) throw new SourceError('not a text file (binary content)');
  const out: SourceText[] = [];
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new SourceError(`not valid JSON: ${what} at line ${line}`);
  };
  const ws = () => {
    while (i < json.length && /[\s\uFEFF]/u.test(json[i]!)) {
      if (json[i] === '\n') line++;
      i++;
    }
  };
  const string = (): string => {
    const from = i;
    i++;
    while (i < json.length && json[i] !== '"') {
      if (json[i] === '\\') i++;
      else if (json[i] === '\n') fail('a line break inside a string');
      i++;
    }
    if (i >= json.length) fail('an unfinished string');
    i++;
    try {
      return JSON.parse(json.slice(from, i)) as string;
    } catch {
      return fail('a bad escape in a string');
    }
  };
  const value = (path: string[], easy: boolean): void => {
    ws();
    const ch = json[i];
    if (ch === '{' || ch === '[') {
      const object = ch === '{';
      i++;
      ws();
      let index = 0;
      if (json[i] === (object ? '}' : ']')) {
        i++;
        return;
      }
      for (;;) {
        ws();
        let key = String(index++);
        if (object) {
          if (json[i] !== '"') fail('expected a key');
          key = string();
          ws();
          if (json[i] !== ':') fail('expected ":"');
          i++;
        }
        value([...path, key], easy || EASY_KEY.test(key));
        ws();
        if (json[i] === ',') {
          i++;
          continue;
        }
        if (json[i] === (object ? '}' : ']')) {
          i++;
          return;
        }
        fail(`expected "," or "${object ? '}' : ']'}"`);
      }
    }
    if (ch === '"') {
      const at = line;
      const text = string();
      const b = new Buffer();
      b.add(text, at);
      const t = b.take();
      if (t) out.push({ kind: 'message', id: path.join('.'), ...(easy ? { easy } : {}), text: t.text, lines: t.lines.map(() => at) });
      return;
    }
    if (ch === undefined) fail('unexpected end');
    if (/[-\d]/u.test(ch!) || /^(?:true|false|null)/u.test(json.slice(i, i + 5))) {
      throw new SourceError(`not a message catalogue: "${path.join('.') || '(root)'}" is not a string (line ${line})`);
    }
    fail(`unexpected "${ch}"`);
  };
  ws();
  if (json[i] !== '{' && json[i] !== '[') throw new SourceError('not a message catalogue (expected a JSON object of strings)');
  value([], false);
  ws();
  if (i < json.length) fail('text after the end');
  return out;
}

/** The paragraphs of a plain text file (blank lines between them), each with its lines. */
export function plainTexts(text: string): SourceText[] {
  if (!isText(text)) throw new SourceError('not a text file (binary content)');
  const out: SourceText[] = [];
  let b = new Buffer();
  text.split(/\r?\n/u).forEach((row, index) => {
    if (!row.trim()) {
      const t = b.take();
      if (t) out.push({ kind: 'text', ...t });
      b = new Buffer();
      return;
    }
    b.add(`${row}\n`, index + 1);
  });
  const t = b.take();
  if (t) out.push({ kind: 'text', ...t });
  return out;
}
