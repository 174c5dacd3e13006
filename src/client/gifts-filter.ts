/**
 * The gifts register's filters, in the browser: by official, year and outcome. Every gift is in the
 * page; the form hides the rows that do not match, adds up the exact values of the rest (integer
 * cents, so the total is exact), counts those of unknown value or given as a range apart, and keeps the choice in the address (`?official=an-verlinden&year=2025&outcome=accepted`).
 * Without JavaScript the form stays hidden and the register's pages per year, outcome and official
 * do the same job.
 */
import { renderMessage, type BrowserMessage } from '../i18n/render.ts';
import { replaceQuery, wireFilterForm } from './form-state.ts';
import { formatMoney } from '../lib/money/cents.ts';

interface Strings {
  lang: string;
  currency: string;
  shown: BrowserMessage;
  none: string;
  count: BrowserMessage;
  notInSum: BrowserMessage;
  noneExact: BrowserMessage;
}

const FIELDS = ['official', 'year', 'outcome'] as const;

export function startGiftsFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#gifts-filter');
  const table = document.querySelector<HTMLTableElement>('#gifts');
  if (!form || !table) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const status = form.querySelector<HTMLElement>('#gifts-count');
  const none = document.querySelector<HTMLElement>('#gifts-none');
  const footCount = table.querySelector<HTMLElement>('[data-register-count]');
  const footTotal = table.querySelector<HTMLElement>('[data-register-total]');
  const footUncounted = table.querySelector<HTMLTableRowElement>('[data-register-uncounted]');
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);

  // A shared address sets the filters it names, when they are among the choices.
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const field = select(name);
    const value = params.get(name) ?? '';
    if (field && [...field.options].some((option) => option.value === value)) field.value = value;
  }

  function apply(updateAddress: boolean): void {
    const chosen = Object.fromEntries(FIELDS.map((name) => [name, select(name)?.value ?? '']));
    let count = 0;
    let cents = 0;
    let unknown = 0;
    let ranged = 0;
    for (const row of rows) {
      const show = FIELDS.every((name) => !chosen[name] || row.dataset[name] === chosen[name]);
      row.hidden = !show;
      if (show) {
        count += 1;
        const form = row.dataset.valueForm;
        if (form === 'unknown') unknown += 1;
        else if (form !== 'exact') ranged += 1;
        else cents += Number(row.dataset.cents);
      }
    }
    // With no exact value among the rows shown there is no sum to show, rather than 0.00.
    const noneExact = count > 0 && unknown + ranged === count;
    const value = noneExact ? '—' : formatMoney(cents, strings.lang, strings.currency);
    if (status) status.textContent = count === 0 ? strings.none : noneExact ? renderMessage(strings.noneExact, { count }) : renderMessage(strings.shown, { count, value });
    if (none) none.hidden = count > 0;
    if (footCount) footCount.textContent = renderMessage(strings.count, { count });
    if (footTotal) footTotal.textContent = value;
    const cell = footUncounted?.cells[0];
    if (footUncounted && cell) {
      footUncounted.hidden = unknown + ranged === 0;
      cell.textContent = renderMessage(strings.notInSum, { valueless: unknown, ranged });
    }
    if (updateAddress) replaceQuery(Object.fromEntries(FIELDS.map((name) => [name, chosen[name]])));
  }

  // Reset puts the selects back after the event; filter once they are.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  wireFilterForm(form, apply);
}
