import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, validateConfig } from '../src/config.js';
import { isPictureUrl, isSafeUrl, isWebUrl, safeUrl, safeUrlPattern } from '../src/url.js';
import { urlCorpus } from './url-corpus.js';

const show = (value: string) => JSON.stringify(value);
const cases = urlCorpus.map((c) => [`${show(c.value)} (${c.why})`, c] as const);

describe('safeUrl: decided on the URL as the browser parses it', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(isSafeUrl(c.value, 'https://demarche.example.gouv.fr/carte-grise/')).toBe(c.safe);
  });

  it('the corpus has both kinds, and every disguise of javascript: is refused', () => {
    expect(urlCorpus.length).toBeGreaterThanOrEqual(50);
    expect(urlCorpus.filter((c) => c.safe).length).toBeGreaterThan(10);
    // What the browser would read: strip C0 controls and spaces at the ends, tabs and newlines inside.
    for (const c of urlCorpus) {
      // eslint-disable-next-line no-control-regex
      const parsed = c.value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
      if (/^(?:javascript|vbscript|data):/i.test(parsed)) expect(c.safe, c.why).toBe(false);
    }
  });

  it('renders the link trimmed, and nothing for an unsafe one', () => {
    expect(safeUrl('  /faq ')).toBe('/faq');
    expect(safeUrl('\u0001javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(42)).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });

  it('keeps a relative link on the page it is on', () => {
    expect(isSafeUrl('/a', 'https://site.example/')).toBe(true);
    // An opaque page (sandboxed frame, srcdoc) has no origin a relative link could stay on.
    expect(isSafeUrl('/a', 'about:blank')).toBe(false);
    expect(isSafeUrl('https://site.example/', 'about:blank')).toBe(true);
  });

  it('isWebUrl: absolute http(s) only, for data files and glossary links', () => {
    expect(isWebUrl('https://www.service-public.fr/')).toBe(true);
    expect(isWebUrl('/faq')).toBe(false);
    expect(isWebUrl('tel:3400')).toBe(false);
    expect(isWebUrl('\u0001https://x.example/')).toBe(false);
    expect(isWebUrl('//x.example/')).toBe(false);
  });

  it('isPictureUrl: web, relative or inline images; never script', () => {
    expect(isPictureUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isPictureUrl('/img/certificat.svg', 'https://site.example/')).toBe(true);
    expect(isPictureUrl('data:text/html,<b>')).toBe(false);
    expect(isPictureUrl('javascript:alert(1)')).toBe(false);
    expect(isPictureUrl('\\\\evil.example/x.png')).toBe(false);
  });
});

describe('the JSON Schema pattern says the same', () => {
  const pattern = new RegExp(safeUrlPattern, 'u');
  it.each(cases)('%s', (_name, c) => {
    expect(pattern.test(c.value)).toBe(c.safe);
  });

  it('is the pattern of every link in the emitted schema', () => {
    const schema = JSON.stringify(configJsonSchema());
    expect(schema).toContain(JSON.stringify(safeUrlPattern).slice(1, -1));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(configJsonSchema());
    for (const c of urlCorpus) {
      const config = { help: { channels: [{ id: 'x', kind: 'form', label: 'Formulaire', href: c.value }] } };
      expect(validate(config), c.why).toBe(c.safe);
      expect(validateConfig(config).ok, c.why).toBe(c.safe);
    }
  });
});
