/**
 * The SQL page, in the browser: SQLite compiled to WebAssembly (sql.js-httpvfs) runs in a worker and
 * reads the database with HTTP range requests, a page of the database at a time, so that a query on a
 * large table fetches the pages it needs rather than the whole file. Where the database is, whole
 * (/data/datasets.sqlite) or in chunks (/data/datasets.sqlite.000, …), is said by the configuration the
 * build writes, /data/datasets-sqlite.json (src/lib/datasets/sqlite-chunks.ts). The worker and its WebAssembly
 * are served from this site (bundled by Vite from the npm package), and only this page loads them.
 * Results are shown as a table (the first SHOWN rows) and offered whole as a CSV file. A query in the
 * address (`/en/sql/?q=SELECT…`) is run when the page opens, and the address keeps the last query run.
 */
import { createDbWorker, type WorkerHttpvfs } from 'sql.js-httpvfs';
import wasmUrl from 'sql.js-httpvfs/dist/sql-wasm.wasm?url';
import workerUrl from 'sql.js-httpvfs/dist/sqlite.worker.js?url';
import { renderMessage, type BrowserMessage } from '../i18n/render.ts';
import { csvLine, neutraliseFormula } from '../lib/datasets/csv-format.ts';

interface Strings {
  rows: BrowserMessage;
  shown: BrowserMessage;
  error: BrowserMessage;
  running: string;
}

/** Rows shown on the page; the CSV has every row. */
const SHOWN = 1000;

type Cell = string | number | null | Uint8Array;

let database: Promise<WorkerHttpvfs> | undefined;
const open = () =>
  (database ??= createDbWorker([{ from: 'jsonconfig', configUrl: '/data/datasets-sqlite.json' }], new URL(workerUrl, location.href).href, new URL(wasmUrl, location.href).href));

const text = (cell: Cell) => (cell === null ? '' : cell instanceof Uint8Array ? `(${cell.length} bytes)` : String(cell));

export function startSql(): void {
  const form = document.querySelector<HTMLFormElement>('#sql-form');
  const query = document.querySelector<HTMLTextAreaElement>('#sql-query');
  const status = document.querySelector<HTMLElement>('#sql-status');
  const result = document.querySelector<HTMLElement>('#sql-result');
  const download = document.querySelector<HTMLAnchorElement>('#sql-download');
  if (!form || !query || !status || !result || !download) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  form.hidden = false;
  // The box starts with the query of the address (`?q=`: a money list leads here with the query of its
  // lines), else with the first example (filled here: SQL is not text of the page's language).
  const asked = new URLSearchParams(location.search).get('q');
  query.value = asked ?? (query.value || (document.querySelector<HTMLButtonElement>('button[data-example]')?.dataset.sql ?? ''));

  const show = (columns: string[], values: Cell[][]): void => {
    const table = document.createElement('table');
    table.setAttribute('aria-labelledby', 'sql-result-heading');
    const head = table.createTHead().insertRow();
    for (const column of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of values.slice(0, SHOWN)) {
      const tr = body.insertRow();
      row.forEach((cell) => {
        const td = tr.insertCell();
        td.textContent = text(cell);
        if (typeof cell === 'number') td.className = 'num';
      });
    }
    result.replaceChildren(table);
    result.hidden = false;
    const csv = [columns, ...values.map((row) => row.map((cell) => neutraliseFormula(text(cell))))].map((cells) => `${csvLine(cells)}\r\n`).join('');
    if (download.href) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
    download.hidden = false;
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
    button.addEventListener('click', () => {
      query.value = button.dataset.sql ?? '';
      form.requestSubmit();
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (submit) submit.disabled = true;
    status.textContent = strings.running;
    form.setAttribute('aria-busy', 'true');
    // The address keeps the query, so that a result can be shared or reloaded.
    history.replaceState(null, '', `${location.pathname}?${new URLSearchParams({ q: query.value })}`);
    try {
      const worker = await open();
      // sql.js's exec: every statement's columns and rows, in order (query() would lose the column order).
      const answers = await (worker.db as unknown as { exec(sql: string): Promise<Array<{ columns: string[]; values: Cell[][] }>> }).exec(query.value);
      const last = answers.at(-1) ?? { columns: [], values: [] };
      show(last.columns, last.values);
      const stats = await worker.worker.getStats();
      if (stats) Object.assign(result.dataset, { fetched: String(stats.totalFetchedBytes), total: String(stats.totalBytes), requests: String(stats.totalRequests) });
      status.textContent = [renderMessage(strings.rows, { count: last.values.length }), last.values.length > SHOWN ? renderMessage(strings.shown, { shown: SHOWN }) : ''].join(' ').trim();
    } catch (error) {
      result.replaceChildren();
      download.hidden = true;
      status.textContent = renderMessage(strings.error, { message: error instanceof Error ? error.message : String(error) });
    } finally {
      form.removeAttribute('aria-busy');
      if (submit) submit.disabled = false;
    }
  });

  // A query given in the address runs at once: it is what the link that led here promised.
  if (asked) form.requestSubmit();
}
