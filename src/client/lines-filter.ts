/**
 * The filter of a list of money lines, in the browser: by words (in any cell), month and donor section.
 * The page holds its lines (at most a few hundred); the form hides the rows that do not match, adds up
 * the rest in integer cents (so the sum is exact), and keeps the choice in the address
 * (`?q=drukkerij&month=2025-03`, `?section=donors-small`), which is how a total on the money pages
 * leads to its own lines. Page links keep the choice, so that the next page is filtered alike. Without
 * JavaScript the form stays hidden and the list reads page by page.
 */
import { renderMessage, type BrowserMessage } from '../i18n/render.ts';
import { formatMoney } from '../lib/money/cents.ts';
import { replaceQuery, wireFilterForm } from './form-state.ts';

interface Strings {
  lang: string;
  currency: string;
  shown: BrowserMessage;
  none: string;
}

const FIELDS = ['q', 'month', 'section'] as const;

/** Lower case without accents, so that `eglise` finds `Église`. */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function startLinesFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#lines-filter');
  const table = document.querySelector<HTMLTableElement>('#lines');
  if (!form || !table) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-cents]')].map((row) => ({ row, text: fold(row.textContent ?? ''), month: row.querySelector('time')?.dateTime.slice(0, 7) ?? '' }));
  const groups = [...table.tBodies].filter((body) => body.dataset.section);
  const status = form.querySelector<HTMLElement>('#lines-count');
  const none = document.querySelector<HTMLElement>('#lines-none');
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  const pageLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')];

  // A shared address sets the filters it names, when the page offers them.
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const input = field(name);
    const value = params.get(name) ?? '';
    if (!input || !value) continue;
    if (input instanceof HTMLSelectElement && ![...input.options].some((option) => option.value === value)) continue;
    input.value = value;
  }

  function apply(updateAddress: boolean): void {
    const chosen = Object.fromEntries(FIELDS.map((name) => [name, field(name)?.value.trim() ?? ''])) as Record<(typeof FIELDS)[number], string>;
    const words = fold(chosen.q).split(/\s+/).filter(Boolean);
    let count = 0;
    let cents = 0;
    for (const { row, text, month } of rows) {
      const show =
        (!chosen.month || month === chosen.month) &&
        (!chosen.section || row.dataset.section === chosen.section) &&
        words.every((word) => text.includes(word));
      row.hidden = !show;
      if (show) {
        count += 1;
        cents += Number(row.dataset.cents ?? 0);
      }
    }
    // A donor section whose lines are all hidden is hidden with its heading.
    for (const group of groups) group.hidden = ![...group.rows].some((row) => row.dataset.cents !== undefined && !row.hidden);
    if (status) status.textContent = count > 0 ? renderMessage(strings.shown, { count, amount: formatMoney(cents, strings.lang, strings.currency) }) : strings.none;
    if (none) none.hidden = count > 0;
    if (updateAddress) replaceQuery(chosen);
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value)).toString();
    for (const link of pageLinks) link.search = query;
  }

  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  wireFilterForm(form, apply);
}
