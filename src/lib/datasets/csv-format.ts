/** Writes CSV as RFC 4180 says: comma separated, CRLF line ends, quotes only where needed. */

/** One CSV line (without its line end): cells with a comma, a quote or a line break are quoted. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell that starts like a formula (or with the apostrophe that marks one) gets a leading apostrophe; numbers are left as they are. */
export function neutraliseFormula(cell: string): string {
  if (!/^[=+\-@\t\r']/.test(cell)) return cell;
  if (/^[+-]?\d+(?:\.\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}
