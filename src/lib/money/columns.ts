/** The columns that several money tables share, with their headings in the reader's language. */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Sides } from './by-year.ts';
import { balanceColumns as balanceColumnsOf } from './rows.ts';
import type { TableColumn } from './table.ts';

/** Lines and amount: a category, a payee or a donor of one year; `series` where a chart draws the amount. */
export function amountColumns(lang: Lang, series = false): TableColumn[] {
  const t = translator(lang);
  return [
    { label: t('money.lines'), kind: 'count' },
    { label: t('money.amount'), kind: 'money', series },
  ];
}

/**
 * Income and spending (lines and total of each), then the balance: per year on the money page, per month on
 * a year's; only the sides the organisation records, and a balance only where it records both.
 */
export function balanceColumns(lang: Lang, sides?: Sides): TableColumn[] {
  const t = translator(lang);
  return balanceColumnsOf({ incomeLines: t('money.incomeLines'), income: t('money.incomeTotal'), spendingLines: t('money.spendingLines'), spending: t('money.spendingTotal'), balance: t('money.balance') }, sides);
}

/** Remuneration summed over months: how many months, then net pay, expenses, fees and their total. */
export function payColumns(lang: Lang): TableColumn[] {
  const t = translator(lang);
  return [
    { label: t('pay.months'), kind: 'count' },
    { label: t('pay.net'), kind: 'money' },
    { label: t('pay.expenses'), kind: 'money' },
    { label: t('pay.fees'), kind: 'money' },
    { label: t('pay.total'), kind: 'money' },
  ];
}
