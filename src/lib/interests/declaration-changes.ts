/**
 * Yearly declarations of interests compared: what an official added, removed or changed since the
 * declaration before (income sources, assets, capital gains, side positions), their sums in cents,
 * and whether a year's declaration is due (in office that year, or within the years after leaving).
 */
import type { Declaration } from '../../schemas/declaration.ts';
import type { Mandate } from '../../schemas/official.ts';
import type { Rules } from '../../schemas/site.ts';

export const SECTIONS = ['income', 'sidePositions', 'assets', 'capitalGains'] as const;
export type Section = (typeof SECTIONS)[number];

type ItemOf<S extends Section> = Declaration[S][number];
export type DeclarationItem = ItemOf<Section>;

export type Change =
  | { section: Section; kind: 'added'; after: DeclarationItem }
  | { section: Section; kind: 'removed'; before: DeclarationItem }
  | { section: Section; kind: 'changed'; before: DeclarationItem; after: DeclarationItem; fields: string[] };

/** What identifies an item from one year to the next. */
const IDENTITY: { [S in Section]: (item: ItemOf<S>) => string } = {
  income: (item) => `${item.source}\u0000${item.description ?? ''}`,
  sidePositions: (item) => `${item.organisation}\u0000${item.role}`,
  assets: (item) => item.description,
  capitalGains: (item) => item.description,
};

/** Items keyed by identity; a second item with the same identity gets `#2`, and so on. */
function keyed<S extends Section>(section: S, items: ReadonlyArray<ItemOf<S>>): Map<string, ItemOf<S>> {
  const map = new Map<string, ItemOf<S>>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const identity = IDENTITY[section](item);
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    map.set(n === 1 ? identity : `${identity}#${n}`, item);
  }
  return map;
}

/** The fields whose values differ, in a stable order. */
function differingFields(before: object, after: object): string[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields.filter((field) => JSON.stringify((before as Record<string, unknown>)[field]) !== JSON.stringify((after as Record<string, unknown>)[field]));
}

/**
 * The changes from `before` (the official's previous declaration; undefined for a first one, which
 * yields no changes) to `after`, section by section: removed and changed items in the order of the
 * earlier declaration, then added items in the order of the later one.
 */
export function declarationChanges(before: Declaration | undefined, after: Declaration): Change[] {
  if (!before) return [];
  const changes: Change[] = [];
  for (const section of SECTIONS) {
    const old = keyed(section, before[section] as ReadonlyArray<ItemOf<typeof section>>);
    const now = keyed(section, after[section] as ReadonlyArray<ItemOf<typeof section>>);
    for (const [key, item] of old) {
      const next = now.get(key);
      if (!next) changes.push({ section, kind: 'removed', before: item });
      else {
        const fields = differingFields(item, next);
        if (fields.length) changes.push({ section, kind: 'changed', before: item, after: next, fields });
      }
    }
    for (const [key, item] of now) if (!old.has(key)) changes.push({ section, kind: 'added', after: item });
  }
  return changes;
}

export interface DeclarationTotals {
  /** Income sources declared with an exact amount, and their sum. */
  incomeExact: { cents: number; lines: number };
  /** Income sources declared as a band or without an amount. */
  incomeOther: number;
  /** Paid side positions, and the sum of the amounts declared for them. */
  sidePaid: { cents: number; lines: number };
  sideUnpaid: number;
  /** Assets declared with an exact value, and their sum. */
  assetsExact: { cents: number; lines: number };
  assetsOther: number;
  capitalGains: { cents: number; lines: number };
}

/** The items with an amount, added up (cents, and how many), and how many have none. */
function tally<T>(items: readonly T[], amountOf: (item: T) => number | undefined): { sum: { cents: number; lines: number }; without: number } {
  const sum = { cents: 0, lines: 0 };
  let without = 0;
  for (const item of items) {
    const amount = amountOf(item);
    if (amount === undefined) without += 1;
    else {
      sum.cents += amount;
      sum.lines += 1;
    }
  }
  return { sum, without };
}

/** A declaration's sums in cents, each with the number of items it adds up. */
export function declarationTotals(declaration: Declaration): DeclarationTotals {
  const income = tally(declaration.income, (item) => item.amount);
  // A paid position without an amount counts as paid, adding nothing; an unpaid one is not added up.
  const side = tally(declaration.sidePositions, (position) => (position.paid ? (position.amount ?? 0) : undefined));
  const assets = tally(declaration.assets, (asset) => asset.value);
  const gains = tally(declaration.capitalGains, (gain) => gain.amount);
  return { incomeExact: income.sum, incomeOther: income.without, sidePaid: side.sum, sideUnpaid: side.without, assetsExact: assets.sum, assetsOther: assets.without, capitalGains: gains.sum };
}

export type YearStatus =
  /** In office for at least a day of the year. */
  | 'in-office'
  /** Not in office that year, within the years after leaving during which declarations stay due. */
  | 'after-office'
  /** Not due: before the first mandate, between mandates, or too long after leaving. */
  | 'not-due'
  /** Not known: outside the known mandates, but within one whose start is unknown (it may have begun). */
  | 'start-unknown';

/** Whether a year's declaration is due for an official with these mandates, and why. */
export function yearStatus(mandates: readonly Mandate[], year: number, rules: Pick<Rules, 'declarationYearsAfterOffice'>): YearStatus {
  const reaches = (end: string | undefined) => end === undefined || end >= `${year}-01-01`;
  if (mandates.some((mandate) => mandate.start !== undefined && mandate.start <= `${year}-12-31` && reaches(mandate.end))) return 'in-office';
  if (mandates.some((mandate) => mandate.start === undefined && reaches(mandate.end))) return 'start-unknown';
  if (mandates.length === 0 || mandates.some((mandate) => mandate.end === undefined)) return 'not-due';
  const lastYear = Math.max(...mandates.map((mandate) => Number((mandate.end as string).slice(0, 4))));
  // Without a number of years after office, declarations are due only while in office.
  return year > lastYear && year <= lastYear + (rules.declarationYearsAfterOffice ?? 0) ? 'after-office' : 'not-due';
}

/** The day a year's declaration is due: the deadline (MM-DD) of the following year. */
export function dueDate(year: number, rules: Pick<Rules, 'declarationDeadline'>): string {
  return `${year + 1}-${rules.declarationDeadline}`;
}
