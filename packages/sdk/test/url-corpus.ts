/**
 * Tricky links, each with whether Relais may render it. Shared by the SDK's
 * unit test, the JSON Schema agreement test and the browser test of the
 * built bundle (tests/url-safety.browser.test.ts).
 */
export interface UrlCase {
  value: string;
  safe: boolean;
  why: string;
}

const nul = String.fromCharCode(0);

export const urlCorpus: UrlCase[] = [
  // Allowed schemes, as integrators write them.
  { value: 'https://www.ants.gouv.fr/', safe: true, why: 'https' },
  { value: 'HTTPS://WWW.ANTS.GOUV.FR/', safe: true, why: 'upper-case https' },
  { value: 'http://example.org/aide', safe: true, why: 'http' },
  { value: 'tel:3400', safe: true, why: 'tel' },
  { value: 'TeL:+33970830707', safe: true, why: 'mixed-case tel' },
  { value: 'mailto:aide@example.org', safe: true, why: 'mailto' },
  { value: '  https://example.org/  ', safe: true, why: 'spaces around (trimmed, as the parser does)' },
  { value: 'https://example.org/a b', safe: true, why: 'a space inside the path' },
  { value: 'https://example.org/?q=javascript:alert(1)', safe: true, why: 'javascript: only in the query' },
  { value: 'https:example.org', safe: true, why: 'https without slashes' },
  // Relative links, on the page's origin.
  { value: '/faq', safe: true, why: 'absolute path' },
  { value: 'faq.html', safe: true, why: 'relative path' },
  { value: './aide/points.json', safe: true, why: 'dot path' },
  { value: '../contact', safe: true, why: 'parent path' },
  { value: '?page=2', safe: true, why: 'query only' },
  { value: '#aide', safe: true, why: 'fragment only' },
  { value: 'javascript&colon;alert(1)', safe: true, why: 'an entity is text in an attribute set by script: a relative path' },
  { value: '&#106;avascript:alert(1)', safe: true, why: 'a numeric entity is text too: a relative path' },
  { value: '\u200bjavascript:alert(1)', safe: true, why: 'a zero-width space makes it a relative path' },
  { value: 'javascript\uff1aalert(1)', safe: true, why: 'a full-width colon is no scheme: a relative path' },
  // Schemes that run code or carry content.
  { value: 'javascript:alert(1)', safe: false, why: 'javascript' },
  { value: 'JavaScript:alert(1)', safe: false, why: 'mixed-case javascript' },
  { value: ' javascript:alert(1)', safe: false, why: 'leading space' },
  { value: '\u0001javascript:alert(1)', safe: false, why: 'leading C0 control' },
  { value: `${nul}javascript:alert(1)`, safe: false, why: 'leading NUL' },
  { value: '\u001fjavascript:alert(1)', safe: false, why: 'leading unit separator' },
  { value: '\u007fjavascript:alert(1)', safe: false, why: 'leading DEL' },
  { value: 'java\tscript:alert(1)', safe: false, why: 'tab inside the scheme' },
  { value: 'java\nscript:alert(1)', safe: false, why: 'newline inside the scheme' },
  { value: 'java\rscript:alert(1)', safe: false, why: 'carriage return inside the scheme' },
  { value: 'jav\u0000ascript:alert(1)', safe: false, why: 'NUL inside the scheme' },
  { value: '\tjavascript:alert(1)', safe: false, why: 'leading tab' },
  { value: '\u000bjavascript:alert(1)', safe: false, why: 'leading vertical tab' },
  { value: '\u00a0javascript:alert(1)', safe: false, why: 'leading no-break space (trimmed)' },
  { value: '\ufeffjavascript:alert(1)', safe: false, why: 'leading byte-order mark (trimmed)' },
  { value: 'javascript://%0aalert(1)', safe: false, why: 'javascript with a comment trick' },
  { value: 'vbscript:msgbox(1)', safe: false, why: 'vbscript' },
  { value: 'VBScript:msgbox(1)', safe: false, why: 'mixed-case vbscript' },
  { value: 'data:text/html,<script>alert(1)</script>', safe: false, why: 'data html' },
  { value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', safe: false, why: 'data base64' },
  { value: 'DATA:image/svg+xml,<svg onload=alert(1)>', safe: false, why: 'data svg as a link' },
  { value: 'file:///etc/passwd', safe: false, why: 'file' },
  { value: 'blob:https://example.org/uuid', safe: false, why: 'blob' },
  { value: 'ftp://example.org/', safe: false, why: 'ftp' },
  { value: 'intent://x#Intent;end', safe: false, why: 'intent' },
  { value: 'sms:3400', safe: false, why: 'sms (not in the allow-list)' },
  { value: 'https\u0001://example.org', safe: false, why: 'a control inside an allowed scheme' },
  { value: 'https://exa\tmple.org', safe: false, why: 'a tab inside the host' },
  { value: 'https://example.org/\n', safe: false, why: 'a newline before the end (not trimmed away: refused)' },
  // Leaving the page's origin without a scheme.
  { value: '//evil.example/x', safe: false, why: 'protocol-relative' },
  { value: ' //evil.example/x', safe: false, why: 'protocol-relative after a space' },
  { value: '\\\\evil.example/x', safe: false, why: 'two backslashes: another host' },
  { value: '/\\evil.example/x', safe: false, why: 'slash backslash: another host' },
  { value: '\\/evil.example/x', safe: false, why: 'backslash slash: another host' },
  { value: 'https://example.org\\@evil.example/', safe: false, why: 'a backslash anywhere' },
  // Nothing to link to.
  { value: '', safe: false, why: 'empty' },
  { value: '   ', safe: false, why: 'blank' },
];
