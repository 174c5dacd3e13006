// A record's link to its page in a public register (sourceUrl) is one field, the same in every kind a
// register publishes: a link that is not an http(s) web address, written by hand in a data file, is
// refused at its file, line and column, with the fix, whichever kind's file it is in.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaListHtml } from '../../src/lib/agenda/list-html.ts';
import { agendaRowsHtml } from '../../src/lib/agenda/rows-html.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';
import { KIND_LIST } from '../../src/schemas/kinds.ts';
import { fieldsOf } from '../../src/lib/loading/schema-fields.ts';

const root = resolve(import.meta.dirname, '../..');
let org: string;
beforeEach(() => {
  org = mkdtempSync(join(tmpdir(), 'vitrine-source-url-'));
  cpSync(join(root, 'tests/fixtures/small-org'), org, { recursive: true });
});
afterEach(() => rmSync(org, { recursive: true, force: true }));

const JAVASCRIPT = '"javascript:alert(1)" starts with javascript:, not https:// or http://: only web pages are linked; write the page\'s https:// address';
const FTP = '"ftp://register.example.org/1" starts with ftp:, not https:// or http://: only web pages are linked; write the page\'s https:// address';

/** Replaces `from` by `to` in a file of the copy; returns the line and column where `to` starts. */
function write(path: string, from: string, to: string): { line: number; column: number } {
  const file = join(org, path);
  const text = readFileSync(file, 'utf8');
  expect(text, path).toContain(from);
  const changed = text.replace(from, to);
  writeFileSync(file, changed);
  const before = changed.slice(0, changed.indexOf(to));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

async function problems() {
  return (await loadSite(org)).problems.map((problem) => ({ file: problem.file.slice(org.length + 1), line: problem.line, column: problem.column, field: problem.field, message: problem.message }));
}

describe('sourceUrl', () => {
  it('is a field of every kind a public register publishes, and of no other', () => {
    const kinds = KIND_LIST.filter((kind) => fieldsOf(kind.schema).some((field) => field.name === 'sourceUrl')).map((kind) => kind.name);
    expect(kinds.sort()).toEqual(['agenda', 'declarations', 'expenditure', 'gifts', 'income', 'meetings', 'remuneration', 'travel']);
  });

  it('refuses a javascript: or ftp: link in each kind’s file at its file, line and column, and reads every other file', async () => {
    const expected = [
      { file: 'data/agenda/2025.csv', field: 'sourceUrl', message: JAVASCRIPT, ...write('data/agenda/2025.csv', 'https://register.example.org/agenda/2025/3', 'javascript:alert(1)') },
      { file: 'data/income/2025.csv', field: 'sourceUrl', message: FTP, ...write('data/income/2025.csv', 'https://register.example.org/inkomsten/2025/1', 'ftp://register.example.org/1') },
      { file: 'data/expenditure/2025.csv', field: 'sourceUrl', message: JAVASCRIPT, ...write('data/expenditure/2025.csv', 'https://register.example.org/uitgaven/2025/1', 'javascript:alert(1)') },
      { file: 'data/remuneration/2025.csv', field: 'sourceUrl', message: JAVASCRIPT, ...write('data/remuneration/2025.csv', 'https://register.example.org/bezoldiging/an-verlinden/2025-01', 'javascript:alert(1)') },
      { file: 'data/declarations/2025/an-verlinden.yaml', field: 'sourceUrl', message: JAVASCRIPT, ...write('data/declarations/2025/an-verlinden.yaml', 'https://register.example.org/aangiften/2025/302', 'javascript:alert(1)') },
      { file: 'content/meetings/2025-03-03-board.fr.md', field: 'sourceUrl', message: JAVASCRIPT, ...write('content/meetings/2025-03-03-board.fr.md', 'https://register.example.org/vergaderingen/2025-03-03-bureau', 'javascript:alert(1)') },
    ];
    const found = await problems();
    const order = (list: typeof found) => [...list].sort((a, b) => a.file.localeCompare(b.file));
    expect(order(found)).toEqual(order(expected));
  });

  it('takes an empty cell as no link, and an http:// address as one', async () => {
    write('data/income/2025.csv', 'https://register.example.org/inkomsten/2025/1', 'http://register.example.org/inkomsten/2025/1');
    const loaded = await loadSite(org);
    expect(loaded.problems).toEqual([]);
    const income = loaded.data?.income.map((record) => [record.data.id, record.data.sourceUrl]);
    expect(income?.slice(0, 2)).toEqual([
      ['i-2025-0001', 'http://register.example.org/inkomsten/2025/1'],
      ['i-2025-0002', undefined],
    ]);
  });
});

describe('the agenda’s rows, written as strings', () => {
  const entry: AgendaEntry = { id: 'a-2025-0009', date: '2025-05-06', start: '10:00', officials: ['an-verlinden'], title: { nl: 'Overleg', en: 'Talks' }, category: 'council-work' };
  const linked: AgendaEntry = { ...entry, sourceUrl: 'https://register.example.org/agenda?nr=9&taal="nl"' };
  const names = new Map([['an-verlinden', 'An Verlinden']]);
  const link = ' <a class="source-link" href="https://register.example.org/agenda?nr=9&amp;taal=&quot;nl&quot;" rel="external" aria-label="source: the page of the appointment “Talks” of 6 May 2025 in the public register">source</a>';

  it('write an appointment without a link byte for byte as before, and one with a link with only the link added', () => {
    const row = agendaRowsHtml([entry], { lang: 'en', defaultLang: 'nl', names });
    expect(row).not.toContain('source');
    expect(agendaRowsHtml([linked], { lang: 'en', defaultLang: 'nl', names })).toBe(row.replace('Talks</td>', `Talks${link}</td>`));
    const places = new Map();
    const item = agendaListHtml([entry], { lang: 'en', defaultLang: 'nl', places });
    expect(item).not.toContain('source');
    expect(agendaListHtml([linked], { lang: 'en', defaultLang: 'nl', places })).toBe(item.replace('</li>', `${link}</li>`));
  });
});
