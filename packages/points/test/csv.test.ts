import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../src/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const rows = parseCsv('a,b,c\n"x, y","il a dit ""bonjour""","ligne 1\nligne 2"\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'il a dit "bonjour"', 'ligne 1\nligne 2'],
    ]);
  });

  it('accepts CRLF, a byte-order mark, blank lines and a last line without a break', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('guesses ";" as the separator from the header line', () => {
    expect(parseCsv('nom;code_postal\n"A; B";48000\n')).toEqual([
      ['nom', 'code_postal'],
      ['A; B', '48000'],
    ]);
  });

  it('gives records keyed by the header, missing cells empty', () => {
    const { header, records } = csvRecords(' nom ,ville\nA\n');
    expect(header).toEqual(['nom', 'ville']);
    expect(records).toEqual([{ nom: 'A', ville: '' }]);
  });
});
