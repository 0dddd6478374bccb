import { describe, expect, it } from 'vitest';
import { format, messagesFor } from '../src/messages/index.js';

// Placeholders are read from the values given, never from Object.prototype.
describe('format', () => {
  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(format('{count} lieux près de {place}', { count: 3, place: '48000' })).toBe('3 lieux près de 48000');
    expect(format('Bonjour {nom}', {})).toBe('Bonjour {nom}');
  });

  it('a message override with {constructor}, {toString} or {__proto__} stays text', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      expect(format(`Appelez {${name}}`, { phone: '34 00' })).toBe(`Appelez {${name}}`);
    }
    const messages = messagesFor('fr', { overrides: { fr: { 'help.button': 'Aide {constructor}' } } });
    expect(format(messages['help.button'], {})).toBe('Aide {constructor}');
  });

  it('the check can fail: the in operator would have read the prototype', () => {
    expect('constructor' in {}).toBe(true);
    expect(String(({} as Record<string, unknown>)['constructor'])).toContain('function Object()');
  });
});
