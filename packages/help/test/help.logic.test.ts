import { describe, expect, it } from 'vitest';
import { messagesFor, resolveConfig } from '@relais/sdk';
import type { Locale, RelaisConfig } from '@relais/sdk';
import { displayNumber, helpView, telHref } from '../src/help.logic.js';

// What the panel says, worked out without the DOM (Node). The clock is fixed:
// a Tuesday at 10:00 in Paris (09:00 UTC, winter time).

const TUESDAY_10H = new Date('2026-11-24T09:00:00Z');
const SUNDAY_13H = new Date('2026-11-22T12:00:00Z');
const SATURDAY_18H = new Date('2026-11-21T17:00:00Z');

/** The ANTS preset: what `<relais-help>` uses with no config at all. */
const ants = (): RelaisConfig => resolveConfig(undefined).config;

/** Collapses every kind of white space (no-break ones included) into one space. */
const norm = (text: string | undefined): string => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function view(options: { config?: RelaisConfig; locale?: Locale; now?: Date; procedure?: string; step?: string; timeZone?: string } = {}) {
  const locale = options.locale ?? 'fr';
  return helpView({
    config: options.config ?? ants(),
    locale,
    messages: messagesFor(locale),
    now: options.now ?? TUESDAY_10H,
    procedure: options.procedure,
    step: options.step,
    timeZone: options.timeZone ?? 'Europe/Paris',
  });
}

// The phone line: the number to dial, how it is written, whether it is open now.
describe('helpView: the 34 00 line (ANTS preset)', () => {
  it('dials 3400 and shows "34 00" with a no-break space', () => {
    const { phone } = view();
    expect(phone.href).toBe('tel:3400');
    expect(phone.display).toBe('34\u00a000');
  });

  it('says it is open until 19 h on a Tuesday at 10:00, and what a call costs', () => {
    const { phone } = view();
    expect(phone.open).toBe(true);
    expect(norm(phone.status)).toBe("Ouvert jusqu'à 19 h");
    expect(phone.price).toBe("Prix d'un appel local");
  });

  it('says when it opens on a Sunday (tomorrow) and on a Saturday evening (Monday)', () => {
    const sunday = view({ now: SUNDAY_13H }).phone;
    expect(sunday.open).toBe(false);
    expect(norm(sunday.status)).toBe('Fermé — ouvre demain à 7 h 45');
    const saturday = view({ now: SATURDAY_18H }).phone;
    expect(saturday.open).toBe(false);
    expect(norm(saturday.status)).toBe('Fermé — ouvre lundi à 7 h 45');
  });

  it('speaks English when asked', () => {
    expect(norm(view({ locale: 'en' }).phone.status)).toBe('Open until 19:00');
    expect(norm(view({ locale: 'en', now: SATURDAY_18H }).phone.status)).toBe('Closed — opens Monday at 7:45');
  });

  it('names Paris time when the device is in another time zone', () => {
    expect(norm(view({ timeZone: 'America/Cayenne' }).phone.status)).toBe("Ouvert jusqu'à 19 h (heure de Paris)");
    expect(norm(view({ timeZone: 'America/Cayenne', locale: 'en' }).phone.status)).toBe('Open until 19:00 (Paris time)');
    // Same offset as Paris: no note.
    expect(norm(view({ timeZone: 'Europe/Brussels' }).phone.status)).toBe("Ouvert jusqu'à 19 h");
  });

  it('keeps the number and says nothing about the hours when they cannot be worked out', () => {
    // A clock that is not a date, and a schedule the hours engine chokes on.
    const throwing = {
      get weekly(): never {
        throw new Error('unreadable');
      },
    };
    const cases: { now: Date; config: RelaisConfig }[] = [
      { now: new Date('not a date'), config: ants() },
      { now: TUESDAY_10H, config: { help: { phone: { number: '3400', hours: throwing } } } },
    ];
    for (const { now, config } of cases) {
      let result: ReturnType<typeof view> | undefined;
      expect(() => (result = view({ now, config }))).not.toThrow();
      expect(result!.phone.href).toBe('tel:3400');
      expect(result!.phone.status).toBeUndefined();
    }
  });

  it('never says "closed" from hours an integrator mistyped: the page config drops them first', () => {
    // "8h" is how French people write times; the validator rejects it, so the
    // panel says "hours not known" rather than a wrong "closed".
    const page = { help: { phone: { number: '0800 123 456', hours: { weekly: [{ days: ['mon', 'tue'], opens: '8h', closes: '18h' }] } } } };
    const { config, problems } = resolveConfig(page);
    expect(problems.join('\n')).toContain('help.phone.hours.weekly[0].opens');
    const { phone } = view({ config });
    expect(phone.href).toBe('tel:0800123456');
    expect(phone.status).toBeUndefined();
  });
});

// The help code: four symbols that tell the adviser where the citizen is stuck.
describe('helpView: the help code', () => {
  it('is 2A-36 for carte grise / changement de titulaire, step "ancien titulaire", read one symbol at a time', () => {
    const { code } = view({ procedure: 'ants/carte-grise/changement-titulaire', step: 'ancien-titulaire' });
    expect(code.known).toBe(true);
    expect(code.code).toBe('2A-36');
    expect(code.spelled).toBe('2, A, 3, 6');
    expect(code.step).toBe("L'ancien propriétaire");
    expect(view({ procedure: 'ants/carte-grise/changement-titulaire', step: 'ancien-titulaire', locale: 'en' }).code.step).toBe('The previous owner');
  });

  it('is not shown (known: false) when the page says neither procedure nor step', () => {
    const { code } = view();
    expect(code.known).toBe(false);
    expect(code.step).toBeUndefined();
  });

  it("takes the step's title from the page config first", () => {
    const config: RelaisConfig = { ...ants(), steps: [{ id: 'ancien-titulaire', title: 'Le vendeur' }] };
    expect(view({ config, procedure: 'ants/carte-grise/changement-titulaire', step: 'ancien-titulaire' }).code.step).toBe('Le vendeur');
  });
});

// Channels: ways in for deaf and hard-of-hearing citizens apart from the rest.
describe('helpView: channels', () => {
  it('puts written contact and relay services under "access", the rest under "other"', () => {
    const config: RelaisConfig = {
      ...ants(),
      help: {
        ...ants().help,
        channels: [
          { id: 'ecrire', kind: 'written', label: 'Écrire', href: 'https://example.fr/ecrire' },
          { id: 'faq', kind: 'faq', label: 'Questions fréquentes', href: 'https://example.fr/faq' },
          { id: 'relais-sourds', kind: 'relay', label: 'Service relais', href: 'https://example.fr/relais' },
          { id: 'formulaire', kind: 'form', label: 'Formulaire', href: 'https://example.fr/form' },
        ],
      },
    };
    const { access, other } = view({ config });
    expect(access.map((c) => c.id)).toEqual(['ecrire', 'relais-sourds']);
    expect(other.map((c) => c.id)).toEqual(['faq', 'formulaire']);
  });

  it("with the preset: the operators' relay services and one written way in, nothing else", () => {
    const { access, other } = view();
    expect(access.map((c) => c.kind)).toEqual(['relay', 'written']);
    expect(other).toEqual([]);
  });
});

// Numbers as written by integrators become links that dial.
describe('telHref and displayNumber', () => {
  it('keeps only the digits and the leading +', () => {
    expect(telHref('+33 9 70 83 07 07')).toBe('tel:+33970830707');
    expect(telHref('34.00')).toBe('tel:3400');
  });

  it('groups a four-digit short number for reading', () => {
    expect(displayNumber('3400')).toBe('34\u00a000');
    expect(displayNumber('+33 9 70 83 07 07')).toBe('+33 9 70 83 07 07');
  });
});
