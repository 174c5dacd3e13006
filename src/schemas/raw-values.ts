/** How a field's raw value reads before validation: blanks as no value, and a value shown back shortened. */

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
