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
