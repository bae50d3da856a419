import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, escapeSpreadsheetCell } from '../../src/domain/spreadsheet.js';

describe('spreadsheet export escaping', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const v of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx']) expect(escapeSpreadsheetCell(v)).toBe(`'${v}`);
    expect(escapeSpreadsheetCell('邻里纠纷')).toBe('邻里纠纷');
  });

  it('quotes CSV cells with commas, quotes and line breaks', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', 12, null, '=cmd'])).toBe(`"a,b","say ""hi""","x\ny",12,,'=cmd`);
  });

  it('never leaves a cell that starts a formula', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/.test(escapeSpreadsheetCell(s))));
  });
});
