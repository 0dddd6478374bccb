import { describe, it, expect } from 'vitest';
import { HELP_CODE_ALPHABET, helpCode, isValidHelpCode, normaliseHelpCode, spellHelpCode } from '../src/help-code.js';
import { decodeHelpCode, describeHelpCode, helpCodeTable, helpCodesMarkdown, helpCodeTexts } from '../src/help-code-read.js';
import { procedureSteps } from '../src/presets/procedures.js';
import type { ProcedureInfo } from '../src/procedures.js';
import { procedures } from '../src/procedures.js';

const A = HELP_CODE_ALPHABET;
const allPairs = [...A].flatMap((x) => [...A].map((y) => x + y));
/** Every well-formed code ("XX-XX") whose check symbol is right: 16³ of them. */
const allValidCodes = [...A].flatMap((x) =>
  [...A].flatMap((y) => [...A].map((s) => [...A].map((c) => `${x}${y}-${s}${c}`).find((code) => decodeHelpCode(code).valid)!)),
);
const symbolsOf = (code: string): string[] => [...code.replace('-', '')];
const fromSymbols = (s: string[]): string => `${s[0]}${s[1]}-${s[2]}${s[3]}`;

describe('HELP_CODE_ALPHABET', () => {
  it('has 16 distinct symbols, none of them easy to confuse on the phone', () => {
    expect(A).toBe('23456789ACHKMRXZ');
    expect(new Set(A).size).toBe(16);
    for (const confusable of '01OILBDPTVGJNSFEU') expect(A).not.toContain(confusable);
  });
});

describe('helpCode', () => {
  it('gives the documented codes for the carte grise procedure', () => {
    expect(helpCode('ants/carte-grise/changement-titulaire', 'vehicule')).toBe('2A-28');
    expect(helpCode('ants/carte-grise/changement-titulaire', 'ancien-titulaire')).toBe('2A-36');
    expect(helpCode('ants/carte-grise/changement-titulaire', 'confirmation')).toBe('2A-7M');
  });

  it('never throws on ids that are not strings (plain JavaScript callers): no procedure, no step', () => {
    const asAny = helpCode as (p?: unknown, s?: unknown) => string;
    for (const bad of [42, null, {}, [], true, Symbol('x')]) {
      expect(asAny(bad, 'vehicule')).toBe(helpCode(undefined, 'vehicule'));
      expect(asAny('ants/carte-grise/changement-titulaire', bad)).toBe(helpCode('ants/carte-grise/changement-titulaire'));
    }
  });

  it('round-trips every procedure × step of the table', () => {
    let count = 0;
    for (const p of procedures) {
      p.steps.forEach((step, index) => {
        const decoded = decodeHelpCode(helpCode(p.id, step.id));
        expect(decoded.valid).toBe(true);
        expect(decoded.procedure?.id).toBe(p.id);
        expect(decoded.step).toMatchObject({ id: step.id, title: step.title, index });
        count++;
      });
    }
    expect(count).toBe(57);
  });

  it('gives a different code to every procedure × step, unknown steps included', () => {
    const codes = procedures.flatMap((p) => [...p.steps.map((s) => helpCode(p.id, s.id)), helpCode(p.id)]);
    expect(codes).toHaveLength(64);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses only alphabet symbols, shaped XX-XX', () => {
    const shape = new RegExp(`^[${A}]{2}-[${A}]{2}$`);
    for (const p of procedures) {
      for (const s of p.steps) expect(helpCode(p.id, s.id)).toMatch(shape);
    }
    expect(helpCode('some/other/procedure', 'x')).toMatch(shape);
  });

  it('has unique procedure codes in the table, none of them ZZ', () => {
    const codes = procedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('ZZ');
    for (const p of procedures) expect(p.steps.length).toBeLessThanOrEqual(15);
  });

  it('uses Z for an unknown or absent step, and ZZ when there is no procedure', () => {
    expect(helpCode('ants/permis/inscription', 'no-such-step').slice(0, 4)).toBe('3A-Z');
    expect(helpCode('ants/permis/inscription')).toBe(helpCode('ants/permis/inscription', 'no-such-step'));
    expect(helpCode().slice(0, 4)).toBe('ZZ-Z');
    expect(decodeHelpCode(helpCode()).valid).toBe(true);
    expect(helpCode('', 'vehicule')).toBe(helpCode());
  });

  it('gives an unknown procedure a stable code that collides with no table code', () => {
    const ids = ['mairie/inscription-listes-electorales', 'caf/prime-activite', 'impots/declaration', 'x'];
    const tableCodes = new Set(procedures.map((p) => p.code));
    for (const id of ids) {
      const code = helpCode(id, 'etape-1');
      expect(code).toBe(helpCode(id, 'etape-1'));
      expect(tableCodes.has(code.slice(0, 2))).toBe(false);
      expect(code.slice(0, 2)).not.toBe('ZZ');
      const decoded = decodeHelpCode(code);
      expect(decoded.valid).toBe(true);
      expect(decoded.procedure).toBeUndefined();
    }
    // These four ids land on four different codes.
    expect(new Set(ids.map((id) => helpCode(id).slice(0, 2))).size).toBe(ids.length);
  });

  it('moves an unknown procedure off a code the table already uses', () => {
    const id = 'mairie/acte-naissance';
    const natural = helpCode(id, undefined, []).slice(0, 2);
    const squatter: ProcedureInfo = { id: 'squatter', code: natural, title: { fr: 'x', en: 'x' }, steps: [] };
    const moved = helpCode(id, undefined, [squatter]).slice(0, 2);
    expect(moved).not.toBe(natural);
    expect(decodeHelpCode(helpCode(id, undefined, [squatter]), [squatter]).procedure).toBeUndefined();
  });

  it('falls back to ZZ instead of looping when every code is taken', () => {
    const full: ProcedureInfo[] = allPairs.filter((code) => code !== 'ZZ').map((code) => ({ id: code, code, title: { fr: code, en: code }, steps: [] }));
    expect(helpCode('not/in/table', undefined, full).slice(0, 2)).toBe('ZZ');
  });

  it('cannot carry personal data: the text given as ids never shows up in the code', () => {
    const inputs = ['DUPONT', 'AB-123-CD', '06 12 34 56 78', 'jean.martin@example.fr', '2A-3K'];
    for (const text of inputs) {
      for (const code of [helpCode(text), helpCode('ants/permis/inscription', text), helpCode(text, text)]) {
        expect(code).toHaveLength(5);
        expect(code).not.toContain(text);
      }
    }
    // Every step the table does not know gives the same code: nothing of the text gets through.
    expect(new Set(inputs.map((t) => helpCode('ants/permis/inscription', t))).size).toBe(1);
  });
});

describe('check symbol', () => {
  it('leaves exactly one valid check symbol for each of the 16³ prefixes', () => {
    expect(allValidCodes).toHaveLength(4096);
    expect(allValidCodes.every(Boolean)).toBe(true);
    for (const x of allPairs) {
      const valid = [...A].filter((c) => decodeHelpCode(`${x}-2${c}`).valid);
      expect(valid).toHaveLength(1);
    }
  });

  it('detects every single wrong symbol in every valid code (brute force)', () => {
    let tried = 0;
    for (const code of allValidCodes) {
      const s = symbolsOf(code);
      for (let i = 0; i < 4; i++) {
        for (const wrong of A) {
          if (wrong === s[i]) continue;
          const typo = [...s];
          typo[i] = wrong;
          if (decodeHelpCode(fromSymbols(typo)).valid) throw new Error(`${fromSymbols(typo)} passes for ${code}`);
          tried++;
        }
      }
    }
    expect(tried).toBe(4096 * 4 * 15);
  });

  it('detects every swap of two neighbouring symbols in every valid code (brute force)', () => {
    let tried = 0;
    for (const code of allValidCodes) {
      const s = symbolsOf(code);
      for (let i = 0; i < 3; i++) {
        if (s[i] === s[i + 1]) continue;
        const swapped = [...s];
        [swapped[i], swapped[i + 1]] = [s[i + 1]!, s[i]!];
        if (decodeHelpCode(fromSymbols(swapped)).valid) throw new Error(`${fromSymbols(swapped)} passes for ${code}`);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(4096 * 2);
  });

  it('isValidHelpCode agrees with decodeHelpCode on normalised codes, and refuses anything else', () => {
    for (const code of allValidCodes) expect(isValidHelpCode(code), code).toBe(true);
    const wrong = allValidCodes.map((code) => code.slice(0, 4) + (code[4] === '2' ? '3' : '2'));
    for (const code of wrong) expect(isValidHelpCode(code), code).toBe(decodeHelpCode(code).valid);
    expect(wrong.some((code) => isValidHelpCode(code))).toBe(false);
    for (const odd of ['2a-28', '2A28', '2A-28 ', '2O-28', '']) expect(isValidHelpCode(odd), odd).toBe(false);
  });
});

describe('normaliseHelpCode', () => {
  it('accepts lower case, spaces, dashes and dots', () => {
    expect(normaliseHelpCode(' 2a 3k')).toBe('2A-3K');
    expect(normaliseHelpCode('2a-3k')).toBe('2A-3K');
    expect(normaliseHelpCode('2.a.3.k')).toBe('2A-3K');
    expect(normaliseHelpCode('2A–3K\n')).toBe('2A-3K');
  });

  it('rejects symbols outside the alphabet rather than guessing', () => {
    expect(normaliseHelpCode('2O-3K')).toBeUndefined();
    expect(normaliseHelpCode('2A-1K')).toBeUndefined();
    expect(normaliseHelpCode('2B-3K')).toBeUndefined();
  });

  it('rejects too short or too long codes', () => {
    expect(normaliseHelpCode('2A-3')).toBeUndefined();
    expect(normaliseHelpCode('2A-3KK')).toBeUndefined();
    expect(normaliseHelpCode('')).toBeUndefined();
  });
});

describe('decodeHelpCode', () => {
  it('decodes a code typed sloppily', () => {
    const decoded = decodeHelpCode(' 4c 6c ');
    expect(decoded.code).toBe('4C-6C');
    expect(decoded.valid).toBe(true);
    expect(decoded.procedure?.id).toBe('ants/passeport/pre-demande');
    expect(decoded.step?.id).toBe('recapitulatif');
    expect(decoded.step?.title.fr).toBe('Vérifier et envoyer');
  });

  it('gives no procedure or step for a code with a wrong check symbol, only the nearest valid readings', () => {
    const decoded = decodeHelpCode('2A-37');
    expect(decoded.valid).toBe(false);
    expect(decoded.procedure).toBeUndefined();
    expect(decoded.step).toBeUndefined();
    expect(decoded.suggestions?.map((d) => d.code)).toContain('2A-36');
  });

  it('marks malformed input invalid and keeps it as given', () => {
    const decoded = decodeHelpCode('2O-3K');
    expect(decoded).toMatchObject({ code: '2O-3K', valid: false });
    expect(decoded.procedure).toBeUndefined();
  });

  it('gives the procedure but no step for Z or a step symbol past the end of the list', () => {
    const unknownStep = decodeHelpCode(helpCode('ants/carte-grise/changement-adresse'));
    expect(unknownStep.procedure?.code).toBe('2C');
    expect(unknownStep.step).toBeUndefined();
    const pastEnd = [...A].map((c) => `2C-X${c}`).find((code) => decodeHelpCode(code).valid)!;
    expect(decodeHelpCode(pastEnd).procedure?.code).toBe('2C');
    expect(decodeHelpCode(pastEnd).step).toBeUndefined();
  });

  it('gives the step as the citizen counts it: étape 1 is the first step of the procedure, not the first symbol', () => {
    expect(decodeHelpCode('2A-28').step).toMatchObject({ id: 'vehicule', index: 0, position: 1 });
    // The photo booth was appended to the table later, but comes first in the procedure.
    expect(decodeHelpCode(helpCode('ants/permis/inscription', 'cabine-photo')).step).toMatchObject({ index: 6, position: 1 });
    expect(decodeHelpCode(helpCode('ants/permis/inscription', 'connexion')).step).toMatchObject({ index: 0, position: 2 });
  });
});

describe('nearest valid readings of a misread code', () => {
  it('finds the code for one wrong symbol, whichever symbol it is', () => {
    const code = '2A-28';
    for (let at = 0; at < 4; at++) {
      for (const wrong of A) {
        const symbols = symbolsOf(code);
        if (symbols[at] === wrong) continue;
        symbols[at] = wrong;
        const decoded = decodeHelpCode(fromSymbols(symbols));
        if (decoded.valid) continue;
        expect(
          decoded.suggestions?.map((d) => d.code),
          fromSymbols(symbols),
        ).toContain(code);
      }
    }
  });

  it('finds it for a symbol outside the alphabet (0, O, B…), and gives no guess for two', () => {
    expect(decodeHelpCode('2A-2B').suggestions?.map((d) => d.code)).toEqual(['2A-28']);
    expect(decodeHelpCode('20-28').suggestions?.map((d) => d.code)).toEqual(['2A-28']);
    expect(decodeHelpCode('2O-2B').suggestions).toEqual([]);
    expect(decodeHelpCode('2A-2').suggestions).toEqual([]);
  });

  it('offers only readings an adviser can use: a procedure of the table, with a known step or "step unknown"', () => {
    for (const code of allValidCodes.slice(0, 600)) {
      const symbols = symbolsOf(code);
      symbols[3] = symbols[3] === 'Z' ? 'X' : 'Z';
      for (const s of decodeHelpCode(fromSymbols(symbols)).suggestions ?? []) {
        expect(s.valid).toBe(true);
        expect(s.procedure).toBeDefined();
        expect(Boolean(s.step) || s.code[3] === 'Z').toBe(true);
      }
    }
  });
});

describe('describeHelpCode', () => {
  it('says what a code means in one line, in French, easy-to-read French and English', () => {
    expect(describeHelpCode(decodeHelpCode('2A-28'))).toBe('Carte grise — changement de titulaire — étape 1\u00a0: Votre véhicule');
    expect(describeHelpCode(decodeHelpCode('2A-28'), 'en')).toBe('Vehicle registration — change of owner — step 1: Your vehicle');
    expect(describeHelpCode(decodeHelpCode('2A-28'), 'fr', helpCodeTexts('fr', true))).toBe(
      'Carte grise — changement de titulaire. Étape 1\u00a0: Votre véhicule',
    );
    expect(describeHelpCode(decodeHelpCode(helpCode('ants/cni/pre-demande')))).toBe("Carte d'identité — pré-demande — étape inconnue");
    expect(describeHelpCode(decodeHelpCode(helpCode()))).toBe("La page n'a pas dit quelle démarche");
    expect(describeHelpCode(decodeHelpCode(helpCode('some/other/procedure', 'x')))).toBe("Code valide, mais cette démarche n'est pas dans la table");
    expect(describeHelpCode(decodeHelpCode('2A-29'))).toBe('Code mal lu');
  });
});

describe('the order of the steps for advisers', () => {
  it('is the order of each procedure preset, for every procedure that has one', () => {
    for (const p of procedures) {
      const preset = procedureSteps[p.id];
      if (!preset) continue;
      const order = p.order ?? p.steps.map((s) => s.id);
      expect(order, p.id).toEqual(preset.items.map((s) => s.id));
      expect([...order].sort(), p.id).toEqual(p.steps.map((s) => s.id).sort());
    }
  });
});

describe('helpCodeTable', () => {
  it('lists each procedure with its French title and step symbols', () => {
    const table = helpCodeTable();
    expect(table).toHaveLength(procedures.length);
    expect(table[0]).toEqual({
      procedure: 'ants/carte-grise/changement-titulaire',
      code: '2A',
      title: 'Carte grise\u00a0: changement de titulaire',
      steps: [
        { symbol: '2', id: 'vehicule', title: 'Votre véhicule' },
        { symbol: '3', id: 'ancien-titulaire', title: "L'ancien propriétaire" },
        { symbol: '4', id: 'nouveau-titulaire', title: 'Vous, le nouveau propriétaire' },
        { symbol: '5', id: 'recapitulatif', title: 'Vérifier et envoyer' },
        { symbol: '6', id: 'paiement', title: 'Paiement' },
        { symbol: '7', id: 'confirmation', title: 'Confirmation' },
        { symbol: '8', id: 'reception', title: 'Réception par courrier' },
      ],
    });
    expect(
      table
        .find((p) => p.code === '3C')
        ?.steps.map((s) => s.symbol)
        .join(''),
    ).toBe('23456789ACH');
  });
});

describe('spellHelpCode', () => {
  it('reads one symbol at a time, without the dash', () => {
    expect(spellHelpCode('2A-3K', 'fr')).toBe('2, A, 3, K');
    expect(spellHelpCode('2A-3K', 'en')).toBe('2, A, 3, K');
  });

  it('spells a sloppy code in its tidy form', () => {
    expect(spellHelpCode(' 4c 6c', 'fr')).toBe('4, C, 6, C');
  });
});

describe('HELP-CODES.md', () => {
  it('is up to date (regenerate with `node packages/sdk/scripts/help-codes-doc.mjs` after a build)', async () => {
    // node:fs has no types here (tsconfig.test.json sets "types": []), hence the local type.
    const fs = (await import('node:fs')) as { readFileSync(file: URL, encoding: 'utf8'): string };
    const committed = fs.readFileSync(new URL('../HELP-CODES.md', import.meta.url), 'utf8');
    expect(committed).toBe(helpCodesMarkdown());
  });

  it('lists every full code of the table', () => {
    const doc = helpCodesMarkdown();
    for (const p of procedures) {
      for (const s of p.steps) expect(doc).toContain(`| \`${helpCode(p.id, s.id)}\` |`);
    }
  });
});
