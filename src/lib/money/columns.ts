/** The columns that several money tables share, with their headings in the reader's language. */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { TableColumn } from './table.ts';

/** Lines and amount: a category, a payee or a donor of one year; `series` where a chart draws the amount. */
export function amountColumns(lang: Lang, series = false): TableColumn[] {
  const t = translator(lang);
  return [
    { label: t('money.lines'), kind: 'count' },
    { label: t('money.amount'), kind: 'money', series },
  ];
}

/** Income and spending (lines and total of each), then the balance: per year on the money page, per month on a year's. */
export function balanceColumns(lang: Lang): TableColumn[] {
  const t = translator(lang);
  return [
    { label: t('money.incomeLines'), kind: 'count' },
    { label: t('money.incomeTotal'), kind: 'money', series: true },
    { label: t('money.spendingLines'), kind: 'count' },
    { label: t('money.spendingTotal'), kind: 'money', series: true },
    { label: t('money.balance'), kind: 'money' },
  ];
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
