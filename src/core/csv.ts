/*
 * CSV for spreadsheets (RFC 4180, CRLF lines), safe against CSV injection: a text cell that starts
 * like a formula (= + - @, or a tab or carriage return that a spreadsheet skips before one) is
 * written with a leading apostrophe, so Excel, LibreOffice and Sheets show it as text instead of
 * running it. Numbers are numbers (a negative eNPS stays -20).
 */

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV text, with the byte-order mark Excel needs to read UTF-8. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
