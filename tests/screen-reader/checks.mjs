// The assertions on what Orca said after one key (or on page load).
//
// A pattern is a string (matched as it is, after white space and apostrophes
// are normalised), a RegExp, or { pattern, defect, why } to say which defect
// of the screen-reader issue it guards against.

/** One form of the text: no-break and narrow spaces as spaces, typographic apostrophes as "'", runs of spaces as one. */
export function norm(text) {
  return String(text)
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const SPEECH = new Set(['speak', 'sayall', 'char', 'key']);

/** Whether a record is speech (Orca's focus and Say All markers are not). */
export const isSpeech = (u) => SPEECH.has(u.k) && norm(u.s) !== '';

/** The utterances that are speech. */
export function spoken(said) {
  return said.filter(isSpeech);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function unpack(item) {
  if (item && typeof item === 'object' && !(item instanceof RegExp) && 'pattern' in item) return item;
  return { pattern: item };
}

function regex(pattern, global = false) {
  if (pattern instanceof RegExp) return new RegExp(pattern.source, pattern.flags.replace('g', '') + (global ? 'g' : ''));
  return new RegExp(escape(norm(pattern)), global ? 'gu' : 'u');
}

const show = (pattern) => (pattern instanceof RegExp ? String(pattern) : `"${pattern}"`);
const tag = ({ defect, why }) => (defect ? ` [defect ${defect}${why ? `: ${why}` : ''}]` : why ? ` [${why}]` : '');

/** Sentences of at least 20 characters heard more than once after one key: an announcement twice. */
export function repeats(text) {
  const sentences = text
    .split(/\s*\|\s*|(?<=[.!?])\s+/)
    .map((s) => s.replace(/[.\s]+$/, '').trim())
    .filter((s) => s.length >= 20);
  const counted = new Map();
  for (const s of new Set(sentences)) {
    const n = text.match(regex(s, true))?.length ?? 0;
    if (n > 1) counted.set(s, n);
  }
  // A sentence inside a longer repeated one is the same repeat.
  return [...counted.entries()].filter(([s]) => ![...counted.keys()].some((o) => o !== s && o.includes(s)));
}

/**
 * Checks `said` (and `focus`) against a step's expectations:
 *   hear     every pattern is heard
 *   notHear  no pattern is heard
 *   once     every pattern is heard exactly once
 *   focus    the focused element's DOM path matches
 *   twice    sentences allowed to repeat (with a reason), else none may
 * and against the forbidden patterns of every key (`forbidden`).
 * Returns the number of checks made and the failures, in words.
 */
export function check({ said, focus }, expect, forbidden = [], { onlySayAll = false } = {}) {
  const heard = spoken(said).filter((u) => !onlySayAll || u.k === 'sayall');
  const text = heard.map((u) => norm(u.s)).join(' | ');
  const quoted = text ? `"${text.length > 400 ? `${text.slice(0, 400)}…` : text}"` : '(nothing)';
  const failures = [];
  let count = 0;
  for (const item of expect.hear ?? []) {
    const c = unpack(item);
    count++;
    if (!regex(c.pattern).test(text)) failures.push(`must hear ${show(c.pattern)}${tag(c)} — heard ${quoted}`);
  }
  for (const item of expect.once ?? []) {
    const c = unpack(item);
    count++;
    const n = text.match(regex(c.pattern, true))?.length ?? 0;
    if (n !== 1) failures.push(`must hear ${show(c.pattern)} once, heard it ${n} times${tag(c)} — heard ${quoted}`);
  }
  for (const item of [...(expect.notHear ?? []), ...forbidden]) {
    const c = unpack(item);
    count++;
    const m = text.match(regex(c.pattern));
    if (m) failures.push(`must not hear ${show(c.pattern)}${tag(c)}, heard "${m[0]}" in ${quoted}`);
  }
  if (expect.spoken !== undefined) {
    const c = unpack(expect.spoken);
    count++;
    if (c.pattern && !text) failures.push(`must say something, said nothing${tag(c)}`);
  }
  if (expect.short !== undefined) {
    const c = unpack(expect.short);
    count++;
    const longest = Math.max(0, ...heard.map((u) => norm(u.s).length));
    if (longest > c.pattern) failures.push(`says ${longest} characters, more than ${c.pattern} in one utterance${tag(c)} — heard ${quoted}`);
  }
  if (expect.focus !== undefined && focus) {
    const c = unpack(expect.focus);
    count++;
    // The DOM path, then Chromium's node: "relais-steps › div.heading | heading « Étape 2 sur 3 : … » level=2".
    const dom = `${focus.dom ?? ''}${focus.ax ? ` | ${focus.ax}` : ''}`;
    const ok = c.pattern instanceof RegExp ? c.pattern.test(dom) : dom.includes(c.pattern);
    if (!ok) failures.push(`focus must be on ${show(c.pattern)}${tag(c)}, is on "${dom}"`);
  }
  if (!onlySayAll) {
    count++;
    const allowed = (expect.twice ?? []).map((t) => regex(unpack(t).pattern));
    const twice = repeats(text).filter(([s]) => !allowed.some((re) => re.test(s)));
    if (twice.length) failures.push(`${twice.map(([s, n]) => `heard ${n} times: "${s}"`).join('; ')} — heard ${quoted}`);
  }
  return { count, failures };
}
