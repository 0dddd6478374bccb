import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, defineConfig, validateConfig } from '../src/config.js';
import { antsLine, presetById, presetIds, presets } from '../src/presets/index.js';
import { resolveConfig } from '../src/resolve.js';

const good: unknown[] = [
  {},
  antsLine,
  presets.ants.carteGrise.changementTitulaire,
  { locale: 'en', easy: true },
  {
    help: {
      phone: {
        number: '3939',
        display: '39 39',
        hours: {
          weekly: [
            { days: ['mon'], opens: '08:00', closes: '12:00' },
            { days: ['mon'], opens: '13:30', closes: '17:00' },
          ],
        },
      },
    },
  },
  { help: { channels: [{ id: 'faq', kind: 'faq', label: 'Questions fréquentes', href: '/faq' }] } },
  { help: { channels: [{ id: 'mail', kind: 'written', label: 'Écrire', href: 'mailto:aide@example.org' }] } },
  { help: { phone: { number: '3400', hours: { timeZone: 'America/Cayenne', weekly: [], exceptions: [{ date: '2026-12-24', closed: true }] } } } },
  { messages: { fr: { 'help.button': 'Aide' }, en: { 'help.title': 'Help' } } },
  {
    steps: [
      { id: 'vehicule', title: 'Votre véhicule', minutes: 5 },
      { id: 'photo', title: 'Photo', where: 'photo-booth', optional: true },
    ],
  },
  // Hours that run past midnight, marked as such.
  {
    help: {
      phone: {
        number: '0800000000',
        hours: {
          weekly: [{ days: ['fri'], opens: '22:00', closes: '06:00', overnight: true }],
          exceptions: [{ date: '2026-12-31', intervals: [{ opens: '20:00', closes: '02:00', overnight: true }] }],
        },
      },
    },
  },
  { preset: 'ants' },
  { preset: 'ants/cni/pre-demande' },
  // A relay platform (modes, its own hours), and the operators' relay services (no link).
  {
    help: {
      channels: [
        {
          id: 'relais',
          kind: 'relay',
          label: 'Appeler en langue des signes (plateforme en ligne)',
          href: 'https://relais.example.fr/',
          modes: ['lsf', 'text'],
          hours: { weekly: [{ days: ['mon'], opens: '09:00', closes: '17:00' }] },
        },
        { id: 'relais-operateur', kind: 'relay', label: 'Avec le service relais de votre opérateur' },
        { id: 'ecrire', kind: 'written', label: 'Écrire', href: '/contact', checked: { on: '2026-12-02', where: 'la page contact du site' } },
      ],
    },
  },
];

// jsonSchemaCannotSay: rules JSON Schema cannot express (ids unique by key, a
// real IANA zone); editors miss them, the runtime validator does not.
const bad: { config: unknown; line: string; jsonSchemaCannotSay?: boolean }[] = [
  {
    config: {
      help: {
        phone: {
          number: '3400',
          hours: {
            weekly: [
              { days: ['mon'], opens: '07:45', closes: '19:00' },
              { days: ['sat'], opens: '08:00', closes: '17:00' },
              { days: ['sun'], opens: '25:00', closes: '12:00' },
            ],
          },
        },
      },
    },
    line: 'help.phone.hours.weekly[2].opens: expected a time "HH:MM", got "25:00"',
  },
  { config: { help: { phnoe: {} } }, line: 'help.phnoe: expected no such key (known: phone, channels, points), got an object (did you mean "phone"?)' },
  { config: { locale: 'de' }, line: 'locale: expected one of "fr", "en", got "de"' },
  { config: { easy: 'yes' }, line: 'easy: expected true or false, got "yes"' },
  { config: 'hello', line: '(config): expected an object, got "hello"' },
  { config: [], line: '(config): expected an object, got a list of 0' },
  {
    config: { help: { phone: { abroad: { display: '34 00' } } } },
    line: 'help.phone.abroad.number: expected a phone number in digits, e.g. "3400" or "+33 9 70 83 07 07" (required), got nothing',
  },
  {
    config: { help: { channels: [{ id: 'x', kind: 'form', label: 'Formulaire', href: 'javascript:alert(1)' }] } },
    line: 'help.channels[0].href: expected a link starting with https:, http:, tel:, mailto: or a path on this site, with no control character or backslash, got "javascript:alert(1)"',
  },
  {
    config: {
      help: {
        channels: [
          { id: 'a', kind: 'faq', label: 'A', href: '/a' },
          { id: 'a', kind: 'faq', label: 'B', href: '/b' },
        ],
      },
    },
    line: 'help.channels[1]: expected an id not used before (already at help.channels[0]), got "a"',
    jsonSchemaCannotSay: true,
  },
  {
    config: { help: { channels: [{ id: 'a', kind: 'fax', label: 'A', href: '/a' }] } },
    line: 'help.channels[0].kind: expected one of "form", "email", "faq", "video", "chat", "relay", "written", "phone", "other", got "fax" (did you mean "faq"?)',
  },
  {
    config: { help: { phone: { number: '3400', hours: { timeZone: 'Europe/Pariss', weekly: [] } } } },
    line: 'help.phone.hours.timeZone: expected an IANA time zone, e.g. "Europe/Paris", got "Europe/Pariss"',
    jsonSchemaCannotSay: true,
  },
  {
    config: { messages: { fr: { 'help.buton': 'Aide' } } },
    line: 'messages.fr.help.buton: expected a message id, got "help.buton" (did you mean "help.button"?)',
  },
  {
    config: { steps: [] },
    line: 'steps: expected at least one step, got a list of 0 (give each step an id and a title, e.g. { "id": "vehicule", "title": "Votre véhicule" })',
  },
  {
    config: { help: { channels: [{ id: 'a', kind: 'faq', label: '   ', href: '/a' }] } },
    line: 'help.channels[0].label: expected a text that is not empty, got "   "',
  },
  {
    config: { help: { phone: { number: '3400', hours: { weekly: [], exceptions: [{ date: '2026-02-30x' }] } } } },
    line: 'help.phone.hours.exceptions[0].date: expected a date "YYYY-MM-DD", got "2026-02-30x"',
  },
  // A slip: hours that close before they open, not marked as running past midnight.
  {
    config: { help: { phone: { number: '3400', hours: { weekly: [{ days: ['mon'], opens: '19:00', closes: '07:45' }] } } } },
    line: 'help.phone.hours.weekly[0].closes: expected a time after "opens" ("19:00"), or "overnight": true for hours that run past midnight, got "07:45"',
    jsonSchemaCannotSay: true,
  },
  {
    config: {
      help: { phone: { number: '3400', hours: { weekly: [], exceptions: [{ date: '2026-12-24', intervals: [{ opens: '12:00', closes: '12:00' }] }] } } },
    },
    line: 'help.phone.hours.exceptions[0].intervals[0].closes: expected a time after "opens" ("12:00"), or "overnight": true for hours that run past midnight, got "12:00"',
    jsonSchemaCannotSay: true,
  },
  {
    config: { help: { phone: { number: '3400', hours: { weekly: [{ days: ['mon'], opens: '08:00', closes: '12:00', overnight: 'yes' }] } } } },
    line: 'help.phone.hours.weekly[0].overnight: expected true or false, got "yes"',
  },
  {
    config: { preset: 'ants/cni/predemande' },
    line: 'preset: expected a known preset id, got "ants/cni/predemande" (did you mean "ants/cni/pre-demande"?)',
  },
  { config: { preset: 'ants/bateau' }, line: 'preset: expected a known preset id, got "ants/bateau"' },
  {
    config: { help: { channels: [{ id: 'ecrire', kind: 'written', label: 'Écrire' }] } },
    line: 'help.channels[0].href: expected a link (required for a "written" channel), got nothing',
  },
  {
    config: { help: { channels: [{ id: 'r', kind: 'relay', label: 'Relais', modes: ['lsf', 'morse'] }] } },
    line: 'help.channels[0].modes[1]: expected one of "lsf", "lfpc", "text", got "morse"',
  },
];

describe('validateConfig', () => {
  it.each(good.map((config, i) => [i, config]))('accepts good config #%i', (_i, config) => {
    const result = validateConfig(config);
    expect(result.messages).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(bad.map((b) => [b.line, b.config]))('reports %s', (line, config) => {
    const result = validateConfig(config);
    expect(result.ok).toBe(false);
    expect(result.messages).toContain(line);
  });

  it('reports a refused link once, with what was given (not again as missing)', () => {
    const result = validateConfig({ help: { channels: [{ id: 'x', kind: 'other', label: 'Ailleurs', href: 'javascript:alert(1)' }] } });
    expect(result.problems.map((p) => p.path)).toEqual(['help.channels[0].href']);
    expect(result.messages[0]).toContain('got "javascript:alert(1)"');
  });

  it('reports every problem at once, with path, expected and found', () => {
    const result = validateConfig({ locale: 'xx', easy: 1, help: { phone: { number: 'abc' }, chanels: [] } });
    expect(result.problems.map((p) => p.path)).toEqual(['locale', 'easy', 'help.chanels', 'help.phone.number']);
    for (const p of result.problems) {
      expect(p.expected).not.toBe('');
      expect(p.found).not.toBe('');
    }
  });

  it('never throws on hostile input', () => {
    const hostile = Object.defineProperty({}, 'help', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const cyclic: Record<string, unknown> = {};
    cyclic['help'] = cyclic;
    for (const input of [undefined, null, 0, NaN, Symbol('x'), () => 1, hostile, cyclic, new Date(), Object.create(null)]) {
      expect(() => validateConfig(input)).not.toThrow();
    }
    expect(validateConfig(hostile).messages[0]).toContain('cannot be read');
  });

  it('drops invalid parts and keeps the valid ones', () => {
    const result = validateConfig({ locale: 'en', easy: 'no', help: { channels: [{ id: 'x', kind: 'faq', label: 'FAQ', href: 'javascript:x' }] } });
    expect(result.config).toEqual({ locale: 'en', help: {} });
  });

  it('defineConfig returns the config as given', () => {
    const config = defineConfig({ locale: 'fr', help: { phone: { number: '3400' } } });
    expect(config.help.phone.number).toBe('3400');
  });
});

describe('the emitted JSON Schema agrees with the validator', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(configJsonSchema());
  it.each(good.map((config, i) => [i, config]))('good config #%i is valid for both', (_i, config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });
  it.each(bad.filter((b) => !b.jsonSchemaCannotSay).map((b) => [b.line, b.config]))('bad config is invalid for both: %s', (_line, config) => {
    expect(validate(config)).toBe(false);
  });
});

describe('resolveConfig', () => {
  it('uses the 34 00 line with no config at all', () => {
    const { config, problems } = resolveConfig(undefined);
    expect(problems).toEqual([]);
    expect(config.help?.phone?.number).toBe('3400');
    expect(config.help?.phone?.hours?.weekly).toHaveLength(2);
  });

  it('still has the phone number when the page config is invalid, and says why once', () => {
    const { config, problems } = resolveConfig({ help: { phone: { number: 'call us' } } });
    expect(config.help?.phone?.number).toBe('3400');
    expect(problems).toEqual(['help.phone.number: expected a phone number in digits, e.g. "3400" or "+33 9 70 83 07 07", got "call us"']);
  });

  it('lets an integrator override the hours in one line, and keeps the number', () => {
    const { config } = resolveConfig({ help: { phone: { hours: { weekly: [{ days: ['mon'], opens: '09:00', closes: '12:00' }] } } } });
    expect(config.help?.phone?.number).toBe('3400');
    expect(config.help?.phone?.hours?.weekly).toEqual([{ days: ['mon'], opens: '09:00', closes: '12:00' }]);
  });

  it('does not keep the 34 00 hours for another number', () => {
    const { config } = resolveConfig({ help: { phone: { number: '3939' } } });
    expect(config.help?.phone).toEqual({ number: '3939' });
  });

  it('element settings win over the page config, which wins over the preset', () => {
    const { config } = resolveConfig(
      { preset: 'ants/carte-grise/changement-titulaire', procedure: 'ants/permis/inscription' },
      { procedure: 'ants/cni/pre-demande' },
    );
    expect(config.procedure).toBe('ants/cni/pre-demande');
    expect(resolveConfig({ preset: 'ants/carte-grise/changement-titulaire' }).config.procedure).toBe('ants/carte-grise/changement-titulaire');
  });

  it('reports an unknown preset once, with "did you mean", and keeps the line', () => {
    expect(resolveConfig({ preset: 'ants/bateau' }).problems).toEqual(['preset: expected a known preset id, got "ants/bateau"']);
    const { config, problems } = resolveConfig({ preset: 'ants/carte-grise/changement-titulair' });
    expect(problems).toEqual([
      'preset: expected a known preset id, got "ants/carte-grise/changement-titulair" (did you mean "ants/carte-grise/changement-titulaire"?)',
    ]);
    expect(config.help?.phone?.number).toBe('3400');
  });

  it('knows every preset id, and only those', () => {
    for (const id of presetIds) expect(presetById(id), id).toBeDefined();
    const walk = (node: unknown): string[] =>
      node && typeof node === 'object' ? [...('preset' in node ? [String(node.preset)] : []), ...Object.values(node).flatMap(walk)] : [];
    expect([...new Set(walk(presets))].sort()).toEqual(presetIds.filter((id) => id !== 'ants').sort());
  });
});
