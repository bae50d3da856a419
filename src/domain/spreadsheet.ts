/**
 * A text cell that a spreadsheet program would read as a formula (=, +, -, @, or a
 * leading tab/CR) is prefixed with an apostrophe, so an exported list can never run
 * anything when opened (CSV/formula injection).
 */
export function escapeSpreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV line (RFC 4180 quoting) of escaped cells. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells
    .map((c) => {
      if (c === null) return '';
      if (typeof c === 'number') return String(c);
      const v = escapeSpreadsheetCell(c);
      return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}
