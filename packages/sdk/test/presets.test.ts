import { describe, expect, it } from 'vitest';
import { antsLine, antsPhone, presets, procedureSteps } from '../src/presets/index.js';
import { resolveConfig } from '../src/resolve.js';

// A page script must not be able to change a default for every widget.
describe('presets are frozen', () => {
  it('the 34 00 line cannot be changed from a page script', () => {
    expect(() => {
      (presets.ants.line.help!.phone as { number?: string }).number = '0800000000';
    }).toThrow(TypeError);
    expect(() => {
      (antsPhone.hours.weekly[0] as { opens: string }).opens = '00:00';
    }).toThrow(TypeError);
    expect(() => (antsLine.help!.channels as unknown[]).push({})).toThrow(TypeError);
    expect(resolveConfig(undefined).config.help?.phone?.number).toBe('3400');
  });

  it('every procedure preset and its steps are frozen, all the way down', () => {
    const open: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (!value || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) open.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(presets, 'presets');
    walk(procedureSteps, 'procedureSteps');
    expect(open).toEqual([]);
  });

  it("a resolved config is the page's own copy: changing it changes no preset (control: it can be changed)", () => {
    const { config } = resolveConfig({ preset: 'ants/carte-grise/changement-titulaire' });
    config.procedure = 'autre';
    expect(config.procedure).toBe('autre');
    expect(presets.ants.carteGrise.changementTitulaire.procedure).toBe('ants/carte-grise/changement-titulaire');
  });
});
