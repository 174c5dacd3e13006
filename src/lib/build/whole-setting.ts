/**
 * A size the build reads from an environment variable (a bound, a page size that tests lower): a whole
 * number above 0, or the default when the variable is absent or empty. Anything else stops the build
 * with the variable's name and what it must be, rather than building with a size nobody chose.
 */

/** `text`: the variable's value; `name`: the variable; `unit`: what is counted (`bytes`, `lines`); `multiple`: a number it must divide by. */
export function wholeSetting(text: string | undefined, fallback: number, name: string, unit: string, multiple = 1): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0 || value % multiple !== 0) throw new Error(`${name} must be a whole number of ${unit} above 0${multiple > 1 ? ` and a multiple of ${multiple}` : ''}: ${JSON.stringify(text)}`);
  return value;
}
