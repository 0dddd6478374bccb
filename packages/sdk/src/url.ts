/**
 * Link safety (docs/architecture.md, "Secure by default"), decided on the URL as the browser
 * will parse it, not on how the string looks: the browser's URL parser drops
 * leading C0 controls and spaces, removes tabs and newlines anywhere (so
 * `java\tscript:` is `javascript:`) and reads `\` as `/` (so `/\host` is
 * another host). A link is safe when
 * - it has no C0 control, DEL or backslash anywhere (no real link needs one);
 * - it parses (`new URL(value, base)`);
 * - its scheme is one of `https:`, `http:`, `tel:`, `mailto:`;
 * - written without a scheme (a relative link), it stays on the page's origin
 *   (so `//host/…` is refused).
 * Every link Relais renders, and the config's JSON Schema pattern, follow this.
 */

/** The schemes a link may have. */
export const linkSchemes = ['https:', 'http:', 'tel:', 'mailto:'] as const;
const WEB = ['https:', 'http:'] as const;
/** The base used where there is no page (Node): relative links are resolved against it. */
const NO_PAGE = 'https://relais.invalid/';
/** Characters refused anywhere in a link. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;
/** A scheme, as the URL parser reads one at the start. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The page's base URL where there is a page, else a placeholder origin. */
function pageBase(): string {
  const doc = (globalThis as { document?: { baseURI?: string } }).document;
  return doc?.baseURI || NO_PAGE;
}

/**
 * The link as it will be rendered (trimmed), when it is safe for the given
 * schemes; undefined otherwise. `base` is the page's base URL (default:
 * `document.baseURI` in a browser).
 */
function checked(value: unknown, schemes: readonly string[], base: string, relative: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The verdict depends on these four only: kept, since every render of every element checks the same few links
  // (parsing two URLs each time was a visible part of opening the help panel on a slow phone).
  const key = `${relative ? 1 : 0}${schemes.join()}\n${base}\n${value}`;
  if (verdicts.has(key)) return verdicts.get(key);
  const verdict = decide(value, schemes, base, relative);
  if (verdicts.size >= 512) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}
const verdicts = new Map<string, string | undefined>();

function decide(value: string, schemes: readonly string[], base: string, relative: boolean): string | undefined {
  if (FORBIDDEN.test(value)) return undefined;
  const link = value.trim();
  if (!link) return undefined;
  let url: URL;
  let origin: string;
  try {
    const baseUrl = new URL(base);
    origin = baseUrl.origin;
    url = new URL(link, baseUrl);
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  if (!SCHEME.test(link)) {
    // Relative: only on the page's own origin (an opaque origin never matches another).
    if (!relative || url.origin !== origin || origin === 'null') return undefined;
  }
  return link;
}

/** The link to render when it is safe (https:, http:, tel:, mailto:, or relative on the page's origin); undefined otherwise. */
export function safeUrl(value: unknown, base: string = pageBase()): string | undefined {
  return checked(value, linkSchemes, base, true);
}

/** Whether a link is safe to render (see `safeUrl`). */
export function isSafeUrl(value: unknown, base?: string): boolean {
  return safeUrl(value, base) !== undefined;
}

/** Whether a link is an absolute web address (`https:` or `http:`), as data files must give. */
export function isWebUrl(value: unknown): boolean {
  return checked(value, WEB, NO_PAGE, false) !== undefined;
}

/** Inline pictures allowed in an `img`: raster or SVG images (an SVG in an `img` runs no script). */
const INLINE_PICTURE = /^data:image\/(?:svg\+xml|png|jpeg|gif|webp)[;,]/i;

/** Whether a picture URL is safe: https, http, relative on the page's origin, or an inline image. */
export function isPictureUrl(value: unknown, base: string = pageBase()): boolean {
  if (typeof value !== 'string') return false;
  const link = value.trim();
  if (INLINE_PICTURE.test(link)) return !FORBIDDEN.test(value);
  return checked(link, WEB, base, true) !== undefined;
}

/**
 * The same rule as `safeUrl`, as a JSON Schema pattern, for editors and
 * integrators without TypeScript: no control character or backslash; then
 * an allowed scheme, or a relative link that does not start with `//`.
 */
export const safeUrlPattern =
  '^(?![\\s\\S]*[\\u0000-\\u001F\\u007F\\\\])\\s*(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Tt][Ee][Ll]|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][A-Za-z0-9+.\\-]*:)(?!//)\\S)';
