/** Small helpers the demo generator's parts share: days, amounts, numbers. */

export type Row = Record<string, string>;
export type Lang = 'nl' | 'fr' | 'en';
export type Tri = [string, string, string];
export const LANGS: Lang[] = ['nl', 'fr', 'en'];

export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const day = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000));
/** Cents as the amount text of the files: 123456 → "1234.56". */
export const amount = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100, 2)}`;
export const toCents = (text: string | undefined) => Math.round(Number(text ?? 0) * 100);

/** The `n`th given weekday (0 Sunday … 6 Saturday) of a month, as a day. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return `${year}-${pad(month, 2)}-${pad(1 + ((weekday - first + 7) % 7) + (n - 1) * 7, 2)}`;
}

export const MONTH_NAMES: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Sorts rows by date, then by a key, in place, and returns them. */
export function byDate<T extends Row>(rows: T[], key = 'id'): T[] {
  return rows.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : (a[key] ?? '') < (b[key] ?? '') ? -1 : (a[key] ?? '') > (b[key] ?? '') ? 1 : 0));
}

/**
 * Spreads a total in cents over weights: whole cents that add up to exactly the total (the last share
 * takes the rounding).
 */
export function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const shares = weights.map((weight) => Math.floor((total * weight) / sum));
  const rest = total - shares.reduce((a, b) => a + b, 0);
  if (shares.length) shares[shares.length - 1] = (shares[shares.length - 1] as number) + rest;
  return shares;
}

/** A per-language value as CSV columns `field.nl`, `field.fr`, `field.en` (blank where not written). */
export const localizedColumns = (field: string, value: Partial<Record<Lang, string>> = {}): Row =>
  Object.fromEntries(LANGS.map((lang) => [`${field}.${lang}`, value[lang] ?? '']));

/** A gift row with every column of the register, per-language values in their own columns. */
export function giftRow(gift: { date: string; official: string; giver: string; description: Partial<Record<Lang, string>>; value: string; outcome?: string; reason?: Partial<Record<Lang, string>> }): Row {
  return { id: '', date: gift.date, official: gift.official, giver: gift.giver, ...localizedColumns('description', gift.description), value: gift.value, outcome: gift.outcome ?? '', ...localizedColumns('reason', gift.reason), reportedTo: 'Integriteitscommissie' };
}
