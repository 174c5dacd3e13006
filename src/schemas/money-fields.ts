/** Amounts of money in records: decimal text in the files, whole cents once validated, within a stated bound. */
import { z } from 'zod';
import { blankToUndefined, shown } from './raw-values.ts';

const MONEY = /^-?\d+(?:\.\d{1,2})?$/;

/**
 * The most one amount may be, either way: 90,000,000.00 (ninety million), held as 9,000,000,000 cents.
 * No single line of a party's or a council's books comes near it, and a million lines at the bound
 * add up to 9 × 10^15 cents, still below 2^53 (Number.MAX_SAFE_INTEGER is 2^53 − 1): every sum the
 * portal makes stays an exact whole number of cents. A larger figure is a typing error.
 */
export const MAX_AMOUNT_CENTS = 9_000_000_000;
/** The bound as the data writes it. */
export const MAX_AMOUNT = '90000000.00';

const isAmount = (text: string) => MONEY.test(text);

/**
 * An amount of money, written with a decimal point and at most two decimals (`1234.56`), at most
 * 90000000.00 either way (`MAX_AMOUNT`). It is held as a whole number of cents, so that sums are exact.
 * With `negative`, a negative amount is refused and `negative` is the fix the message gives.
 */
function amount(negative?: string) {
  let written = z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be an amount such as 1234.56, not ${shown(iss.input)}`) })
    .regex(MONEY, {
      error: (iss) =>
        `${shown(iss.input)} is not an amount: write digits with a decimal point and at most two decimals, no currency sign or thousands separator, e.g. 1234.56`,
    })
    .refine((text) => !isAmount(text) || Math.abs(toCents(text)) <= MAX_AMOUNT_CENTS, {
      error: (iss) => `${shown(iss.input)} is more than ${MAX_AMOUNT} (ninety million) either way, the most one amount may be: check for an extra digit or a missing decimal point`,
    });
  if (negative !== undefined) written = written.refine((text) => !isAmount(text) || toCents(text) >= 0, { error: (iss) => `${shown(iss.input)} is negative: ${negative}` });
  return z
    .preprocess((value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : blankToUndefined(value)), written.transform((text) => toCents(text)))
    .meta({ kind: 'money', example: '1234.56', unit: 'currency' });
}

/** An amount of money, positive or negative (see `amount`). */
export const money = amount();

/** An amount that cannot be below zero (a gift's value, pay); `fix` says what to write instead, e.g. "write 0.00 for …". */
export const moneyNotNegative = (fix: string) => amount(fix);

/**
 * A check for lines of income or spending with a `refund` column: money paid back is written as a
 * negative amount with `refund` yes, and only then. `what` names the lines in the message, e.g. "spending".
 * Sums add the negative amount, so a refund lowers the total it belongs to.
 */
export function negativeOnlyAsRefund(what: string) {
  return (line: { amount: unknown; refund?: unknown }, ctx: z.RefinementCtx) => {
    if (typeof line.amount !== 'number') return;
    if (line.amount < 0 && line.refund !== true) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `is negative: ${what} is written as a positive amount; if this is money paid back, write yes in the refund column`, input: line.amount });
    } else if (line.refund === true && line.amount >= 0) {
      ctx.addIssue({ code: 'custom', path: ['refund'], message: 'is yes, but the amount is not negative: write a refund with a minus sign (e.g. -10.00), or leave refund empty', input: line.refund });
    }
  };
}

/** Converts a validated decimal string to whole cents without floating point (`-0.00` is 0). */
export function toCents(text: string): number {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative && cents !== 0 ? -cents : cents;
}

/**
 * How a register states a value: an exact amount, unknown, or only a bound or a range. Each is kept as
 * written; none is ever read as 0 or as a midpoint.
 * - `exact`: `45.00`
 * - `unknown`: the word `unknown`; an empty cell is refused, so that no value is forgotten silently
 * - `below`: `< 50` (less than 50)
 * - `above`: `> 1000` (more than 1000)
 * - `between`: `50-150` (from 50 to 150, both included)
 */
export const VALUE_FORMS = ['exact', 'unknown', 'below', 'above', 'between'] as const;
export type ValueForm = (typeof VALUE_FORMS)[number];

/** A value as stated, bounds in whole cents. */
export type StatedValue =
  | { form: 'exact'; cents: number }
  | { form: 'unknown' }
  | { form: 'below'; max: number }
  | { form: 'above'; min: number }
  | { form: 'between'; min: number; max: number };

const UNSIGNED = '\\d+(?:\\.\\d{1,2})?';
const BELOW = new RegExp(`^<\\s*(${UNSIGNED})$`);
const ABOVE = new RegExp(`^>\\s*(${UNSIGNED})$`);
const BETWEEN = new RegExp(`^(${UNSIGNED})\\s*-\\s*(${UNSIGNED})$`);
const EXACT = new RegExp(`^${UNSIGNED}$`);

const VALUE_HELP = 'write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign';

/** Reads a value as written; a message saying what is wrong otherwise. */
export function parseStatedValue(text: string): StatedValue | string {
  const written = text.trim();
  if (written.toLowerCase() === 'unknown') return { form: 'unknown' };
  let match: RegExpExecArray | null;
  let value: StatedValue;
  if (EXACT.test(written)) value = { form: 'exact', cents: toCents(written) };
  else if ((match = BELOW.exec(written))) value = { form: 'below', max: toCents(match[1] as string) };
  else if ((match = ABOVE.exec(written))) value = { form: 'above', min: toCents(match[1] as string) };
  else if ((match = BETWEEN.exec(written))) value = { form: 'between', min: toCents(match[1] as string), max: toCents(match[2] as string) };
  else if (/^-\s*\d/.test(written)) return `${shown(text)} is negative: a value is zero or more; ${VALUE_HELP}`;
  else return `${shown(text)} is not a value: ${VALUE_HELP}`;
  const bounds = value.form === 'exact' ? [value.cents] : value.form === 'below' ? [value.max] : value.form === 'above' ? [value.min] : value.form === 'between' ? [value.min, value.max] : [];
  if (bounds.some((cents) => cents > MAX_AMOUNT_CENTS)) return `${shown(text)} is more than ${MAX_AMOUNT} (ninety million), the most one amount may be: check for an extra digit or a missing decimal point`;
  if (value.form === 'between' && value.min >= value.max) return `${shown(text)} is not a range: write the lower amount first and make it smaller than the higher, e.g. 50-150`;
  if (value.form === 'below' && value.max === 0) return `${shown(text)} is below zero: a value is zero or more; write 0.00 for a gift without value`;
  return value;
}

/** A value written back as the files write it: `45.00`, `unknown`, `< 50.00`, `> 1000.00`, `50.00-150.00`. */
export function statedValueText(value: StatedValue): string {
  const amount = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  switch (value.form) {
    case 'exact':
      return amount(value.cents);
    case 'unknown':
      return 'unknown';
    case 'below':
      return `< ${amount(value.max)}`;
    case 'above':
      return `> ${amount(value.min)}`;
    case 'between':
      return `${amount(value.min)}-${amount(value.max)}`;
  }
}

/** The exact cents of a value, or undefined when it is not known exactly (never 0 in its place). */
export const exactCents = (value: StatedValue): number | undefined => (value.form === 'exact' ? value.cents : undefined);

/** The value as a register states it (see `parseStatedValue`): never negative, never a float. */
export const statedValue = z
  .preprocess(
    (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : blankToUndefined(value)),
    z
      .string({ error: (iss) => (iss.input === undefined ? `is required: ${VALUE_HELP}` : `must be a value such as 45.00 or unknown, not ${shown(iss.input)}`) })
      .transform((text, ctx) => {
        const value = parseStatedValue(text);
        if (typeof value === 'string') {
          ctx.addIssue({ code: 'custom', message: value, input: text });
          return z.NEVER;
        }
        return value;
      }),
  )
  .meta({ kind: 'statedValue', example: '1234.56', unit: 'currency' });
