import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, escapeSpreadsheetCell } from '../../../src/domain/spreadsheet.js';

/** A minimal RFC 4180 reader for one line of cells (quotes doubled inside quoted cells). */
function readCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else v += line[i++];
      }
      cells.push(v);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}

// Spreadsheet programs start a formula at these (OWASP CSV injection).
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

describe('formula injection escaping of exported cells', () => {
  it('prefixes every trigger character with an apostrophe and leaves other text alone', () => {
    for (const c of TRIGGERS) expect(escapeSpreadsheetCell(`${c}cmd|' /C calc'!A0`)).toBe(`'${c}cmd|' /C calc'!A0`);
    for (const v of ['邻里纠纷', "'=already", ' =1+1', '１２３', '']) expect(escapeSpreadsheetCell(v)).toBe(v);
  });

  it('is applied to every text cell of a CSV line, which reads back cell for cell', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(...TRIGGERS).chain((c) => fc.string().map((s) => c + s)), fc.constantFrom('a,b', 'say "hi"', '=HYPERLINK("x")'));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const back = readCsvLine(csvLine(cells));
        expect(back).toEqual(cells.map(escapeSpreadsheetCell));
        for (const v of back) expect(TRIGGERS.includes(v[0] ?? '')).toBe(false);
      }),
    );
  });

  it('writes numbers and missing values as they are', () => {
    expect(csvLine([-12.5, null, 0])).toBe('-12.5,,0');
  });
});
