/** How a field's raw value reads before validation: blanks as no value, and a value shown back shortened (with why it is not a web address). */

/** Shows a value back to the reader, shortened so that one line stays readable. */
export function shown(input: unknown): string {
  if (input === undefined) return 'nothing';
  const text = typeof input === 'string' ? JSON.stringify(input) : JSON.stringify(input) ?? String(input);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Empty cells and empty strings mean "no value". */
export function blankToUndefined(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (value === null) return undefined;
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * Why a value is not a web address that may be published, and the fix. `javascript:`, `data:`, `ftp:`,
 * `mailto:`… are refused by name: the portal links only to web pages (`https://`, `http://`).
 */
export function notWebAddress(input: unknown): string {
  const scheme = typeof input === 'string' ? /^([a-z][a-z0-9+.-]*):/i.exec(input.trim())?.[1] : undefined;
  return scheme !== undefined && !/^https?$/i.test(scheme)
    ? `${shown(input)} starts with ${scheme.toLowerCase()}:, not https:// or http://: only web pages are linked; write the page's https:// address`
    : `${shown(input)} is not a web address: start it with https://, e.g. https://example.org/page`;
}
