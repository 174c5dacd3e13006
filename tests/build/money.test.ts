// The money pages, built for real: every total equals the sum of the lines it says it adds up, to the
// cent, computed here from the organisation's own CSV and YAML files as decimal text (never as binary
// floats); every chart has its table and a dataset link; no donor at or under the publication
// threshold is named; and pages without charts load no chart code.
// Built twice: tests/fixtures/money-org (amounts such as 0.10, 0.20 and 33.33 that binary floating
// point adds up wrongly) and the demo organisation of the repository; and twice more from copies of
// money-org: with its financial year starting in April, and with its income lines taken out (spending only).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import rdf from '@zazuko/env-node';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import Papa from 'papaparse';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './run-build.ts';
import { parse } from 'yaml';

const work = mkdtempSync(join(tmpdir(), 'vitrine-money-'));
const LANGS = ['nl', 'fr', 'en'];


afterAll(() => rmSync(work, { recursive: true, force: true }));

// --- Reading the organisation's files, amounts as decimal text -------------------------------------

type Row = Record<string, string>;

/** Decimal text to cents, by string operations only: "33.33" → 3333, "-0.1" → -10. */
function cents(text: string | number | undefined): number {
  const value = String(text ?? '').trim();
  if (value === '') return 0;
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new Error(`not an amount: ${value}`);
  const whole = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -whole : whole;
}

function csvRows(dir: string): Row[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => Papa.parse<Row>(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data);
}

interface Organisation {
  threshold: number;
  lines: Record<'income' | 'expenditure' | 'gifts' | 'remuneration', Row[]>;
  declarations: Array<{ official: string; year: string; data: Record<string, Array<Record<string, unknown>> | undefined> }>;
}

function organisation(dir: string): Organisation {
  // YAML is read with numbers as text, so that an amount written 1200.00 stays exact.
  const site = parse(readFileSync(join(dir, 'data', 'site.yaml'), 'utf8'), { schema: 'failsafe' }) as { rules: Record<string, string> };
  const declarationsDir = join(dir, 'data', 'declarations');
  const declarations = readdirSync(declarationsDir).flatMap((year) =>
    readdirSync(join(declarationsDir, year)).map((file) => ({
      official: file.replace(/\.yaml$/, ''),
      year,
      data: parse(readFileSync(join(declarationsDir, year, file), 'utf8'), { schema: 'failsafe' }) as Organisation['declarations'][number]['data'],
    })),
  );
  return {
    threshold: cents(site.rules.donationPublicationThreshold),
    lines: {
      income: csvRows(join(dir, 'data', 'income')),
      expenditure: csvRows(join(dir, 'data', 'expenditure')),
      gifts: csvRows(join(dir, 'data', 'gifts')),
      remuneration: csvRows(join(dir, 'data', 'remuneration')),
    },
    declarations,
  };
}

/** Each donor's total per year: `2025 d-0001` → cents, and whether any line names them. */
function donorYears(org: Organisation) {
  const totals = new Map<string, { cents: number; named: boolean }>();
  for (const line of org.lines.income) {
    if (line.category !== 'donation' || !line.donor) continue;
    const key = `${line.date?.slice(0, 4)} ${line.donor}`;
    const total = totals.get(key) ?? { cents: 0, named: false };
    total.cents += cents(line.amount);
    total.named ||= Boolean(line.donorName);
    totals.set(key, total);
  }
  return totals;
}

/** Whether a line is in the period of a trace's filters: `year`, or `from` and `to` (a financial year), both included. */
function inPeriod(filters: URLSearchParams, when: string): boolean {
  const year = filters.get('year');
  const from = filters.get('from');
  const to = filters.get('to');
  return (year === null || when.slice(0, 4) === year) && (from === null || when >= from) && (to === null || when <= to);
}

/** Each donor's total over the period of a trace (its year, or from–to): `d-0001` → cents, and whether any line names them. */
function donorTotals(org: Organisation, filters: URLSearchParams) {
  const totals = new Map<string, { cents: number; named: boolean }>();
  for (const line of org.lines.income) {
    if (line.category !== 'donation' || !line.donor || !inPeriod(filters, line.date ?? '')) continue;
    const total = totals.get(line.donor) ?? { cents: 0, named: false };
    total.cents += cents(line.amount);
    total.named ||= Boolean(line.donorName);
    totals.set(line.donor, total);
  }
  return totals;
}

/** The lines a trace selects (see src/lib/money/table.ts), read straight from the files. */
function select(org: Organisation, query: string): { rows: Row[]; amount: (row: Row) => number } {
  const [dataset = '', search = ''] = query.split('?');
  const filters = new URLSearchParams(search);
  const field = filters.get('field') ?? (dataset === 'gifts' ? 'value' : 'amount');
  if (dataset === 'declarations') {
    const part = filters.get('part') ?? '';
    const rows = org.declarations
      .filter((d) => d.official === filters.get('official') && d.year === filters.get('year'))
      .flatMap((d) => (d.data[part] ?? []) as Row[])
      .filter((item) => (part === 'sidePositions' ? ['true', 'yes'].includes(String(item.paid)) : part === 'income' ? item.amount !== undefined : true));
    return { rows, amount: (row) => cents(row.amount) };
  }
  const donors = donorTotals(org, filters);
  const rows = org.lines[dataset as keyof Organisation['lines']];
  if (!rows) throw new Error(`unknown dataset in trace ${query}`);
  const when = (row: Row) => row.date ?? row.month ?? '';
  const selected = rows.filter((row) =>
    [...filters].every(([key, value]) => {
      switch (key) {
        case 'field':
          return true;
        case 'year':
          return when(row).slice(0, 4) === value;
        case 'from':
          return when(row) >= value;
        case 'to':
          return when(row) <= value;
        case 'month':
          return when(row).slice(0, 7) === value;
        case 'outcome':
          return (row.outcome || 'none') === value;
        case 'donors': {
          const total = donors.get(row.donor ?? '');
          if (!total) return false;
          return value === 'small' ? total.cents <= org.threshold : total.cents > org.threshold && !total.named;
        }
        default:
          if (!(key in row)) throw new Error(`unknown filter ${key} in trace ${query}`);
          return row[key] === value;
      }
    }),
  );
  // A gift's value adds to a sum only where it is exact: unknown, a bound or a range is counted apart.
  const exactOnly = dataset === 'gifts' && field === 'value';
  const amount = field === 'total' ? (row: Row) => cents(row.netSalary) + cents(row.expenses) + cents(row.attendanceFees) : exactOnly ? (row: Row) => (/^\d+(?:\.\d{1,2})?$/.test(row.value ?? '') ? cents(row.value) : 0) : (row: Row) => cents(row[field]);
  return { rows: selected, amount };
}

/** The exact sum a trace stands for; a difference is written `plus -minus`. */
function expectedSum(org: Organisation, trace: string): number {
  return trace.split(' ').reduce((total, term) => {
    const minus = term.startsWith('-');
    const { rows, amount } = select(org, minus ? term.slice(1) : term);
    const sum = rows.reduce((s, row) => s + amount(row), 0);
    return minus ? total - sum : total + sum;
  }, 0);
}

// --- Reading the built pages -------------------------------------------------------------------------

const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2] ?? '')]));
const plain = (html: string) => unescape(html.replace(/<[^>]+>/g, '')).replace(/[\u00a0\u202f]/g, ' ').trim();
/** The number a cell shows, from its digits and sign, whatever the language's separators. */
const shownNumber = (text: string) => (/-/.test(text) ? -1 : 1) * Number(text.replace(/\D/g, ''));

interface Figure {
  kind: 'sum' | 'count';
  trace: string;
  cents?: number;
  text: string;
}

/** Every traced figure of a page: cells and spans with `data-sum` or `data-count`. */
function figures(html: string): Figure[] {
  const found: Figure[] = [];
  for (const match of html.matchAll(/<(td|span|th)\b([^>]*\bdata-(?:sum|count)="[^"]*"[^>]*)>([\s\S]*?)<\/\1>/g)) {
    const attrs = attributes(match[2] ?? '');
    const text = plain(match[3] ?? '');
    if (attrs['data-sum'] !== undefined) found.push({ kind: 'sum', trace: attrs['data-sum'], cents: Number(attrs['data-cents']), text });
    if (attrs['data-count'] !== undefined) found.push({ kind: 'count', trace: attrs['data-count'], text });
  }
  return found;
}

function pageOf(out: string, path: string): string {
  return readFileSync(join(out, path, 'index.html'), 'utf8');
}

function pagesUnder(out: string, path: string): string[] {
  const dir = join(out, path);
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(out, relative), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(relative, entry.name));
      else if (entry.name === 'index.html') found.push(relative);
    }
  };
  if (existsSync(dir)) walk(path);
  return found;
}

/** Checks every traced figure of the pages against the files; returns how many were checked. */
function checkTotals(org: Organisation, out: string, paths: string[]): number {
  let checked = 0;
  for (const path of paths) {
    const html = pageOf(out, path);
    for (const figure of figures(html)) {
      const where = `${path}: ${figure.trace} "${figure.text}"`;
      if (figure.kind === 'sum') {
        const expected = expectedSum(org, figure.trace);
        expect(figure.cents, where).toBe(expected);
        expect(shownNumber(figure.text), where).toBe(expected);
      } else {
        expect(shownNumber(figure.text), where).toBe(select(org, figure.trace).rows.length);
      }
      checked++;
    }
  }
  return checked;
}

/** The rows of a list of lines (src/pages/[lang]/money/[year]/[flow]/[part]/), over every page of it. */
function listedLines(out: string, path: string): Array<{ id: string; cents: number; section: string | undefined }> {
  const found: Array<{ id: string; cents: number; section: string | undefined }> = [];
  for (let page = 1; ; page++) {
    const at = page === 1 ? path : `${path}${page}/`;
    if (!existsSync(join(out, at, 'index.html'))) break;
    for (const m of pageOf(out, at).matchAll(/<tr ([^>]*\bdata-cents="[^"]*"[^>]*)>/g)) {
      const attrs = attributes(m[1] ?? '');
      found.push({ id: attrs.id ?? '', cents: Number(attrs['data-cents']), section: attrs['data-section'] });
    }
  }
  return found;
}

/**
 * Every source, category and donor of the money pages links to its lines: the list exists, and the lines
 * it shows (over every page; a donor's section where the link names one) are the lines of the files that
 * the figure's trace selects, with their amounts, adding up to the figure. Returns how many were followed.
 */
function checkLineLinks(org: Organisation, out: string, paths: string[]): number {
  let followed = 0;
  for (const path of paths) {
    const html = pageOf(out, path);
    for (const table of html.matchAll(/<table id="(?:income|spending|donations)-\d{4}(?:-\d{2})?"[\s\S]*?<\/table>/g)) {
      for (const row of (table[0] ?? '').matchAll(/<tr [^>]*data-key="[^"]*"[^>]*>\s*<th scope="row"[^>]*>\s*<a href="([^"]+)"[\s\S]*?<\/tr>/g)) {
        const href = unescape(row[1] ?? '');
        const where = `${path}: ${href}`;
        const url = new URL(href, 'https://portal.test');
        expect(url.pathname, where).toMatch(/^\/(nl|fr|en)\/money\/\d{4}(?:-\d{2})?\/(income|spending)\/[a-z-]+\/(\d+\/)?$/);
        const list = url.pathname.replace(/^\//, '').replace(/\d+\/$/, '');
        const section = url.searchParams.get('section') ?? undefined;
        if (url.hash) expect(pageOf(out, url.pathname.slice(1)), where).toContain(`id="${url.hash.slice(1)}"`);
        const shown = listedLines(out, list).filter((line) => !section || line.section === section);
        const amount = /data-cents="(-?\d+)" data-sum="([^"]+)"/.exec(row[0] ?? '');
        const trace = unescape(amount?.[2] ?? '');
        const expected = select(org, trace);
        const byId = new Map(expected.rows.map((line) => [line.id ?? '', line]));
        expect(shown.length, where).toBe(expected.rows.length);
        for (const line of shown) expect(expected.amount(byId.get(line.id) ?? {}), `${where} ${line.id}`).toBe(line.cents);
        expect(shown.reduce((sum, line) => sum + line.cents, 0), where).toBe(Number(amount?.[1]));
        followed++;
      }
    }
  }
  return followed;
}

/** Each chart: a canvas with a label, then its table (caption, series columns, amounts), then a dataset link. */
function checkCharts(html: string, where: string): number {
  const parts = html.split(/<div class="chart-figure"/).slice(1);
  for (const part of parts) {
    const figure = part.slice(0, part.indexOf('</table>') + 8);
    const after = part.slice(figure.length, figure.length + 2000);
    expect(figure, where).toMatch(/<canvas role="img" aria-label="[^"]+"/);
    // The table is named: by its caption, or by the heading above it (aria-labelledby) where a caption would repeat it.
    const named = /<table[^>]*>\s*<caption>[^<]+<\/caption>/.test(figure) || new RegExp(`<h2 id="${/<table[^>]*aria-labelledby="([^"]+)"/.exec(figure)?.[1]}">[^<]+</h2>`).test(html);
    expect(named, where).toBe(true);
    expect(figure, where).toContain('data-series');
    expect(figure, where).toMatch(/<th scope="row"/);
    expect(figure, where).toMatch(/data-cents="-?\d+"/);
    expect(after, where).toMatch(/^\s*<\/div>\s*<p class="table-source">[\s\S]*?href="\/data\/[^"]+\.csv"/);
  }
  return parts.length;
}

/** The JavaScript a page loads: inline module scripts and script files, with the files they import. */
function scriptsOf(out: string, html: string): string[] {
  const code: string[] = [];
  const seen = new Set<string>();
  const load = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    code.push(text);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) load(resolve(dirname(file), m[1] ?? ''));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.type === 'application/ld+json') continue;
    if (attrs.src) load(join(out, attrs.src));
    else {
      code.push(m[2] ?? '');
      for (const i of (m[2] ?? '').matchAll(/(?:from|import)\s*\(?\s*["'`](\/[^"'`]+\.js)["'`]/g)) load(join(out, i[1] ?? ''));
    }
  }
  return code;
}
/** A string only Chart.js has. */
const isChartCode = (code: string) => code.includes('Canvas is already in use');

// --- The fixture with amounts that break binary floating point ---------------------------------------

describe('the money pages of a fixture whose amounts break binary floating point', () => {
  const dir = resolve(root, 'tests/fixtures/money-org');
  const out = join(work, 'money-org');
  const org = organisation(dir);
  beforeAll(() => build(dir, out));

  it('has amounts that naive float sums get wrong', () => {
    const amounts = org.lines.expenditure.map((line) => Number(line.amount));
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(expectedSum(org, 'expenditure') / 100);
  });

  it('shows every total as the exact sum of its source lines, on every money, gifts, remuneration and declarations page', () => {
    const paths = LANGS.flatMap((lang) => ['money', 'gifts', 'remuneration', 'declarations'].flatMap((section) => pagesUnder(out, `${lang}/${section}`)));
    expect(paths.length).toBeGreaterThan(30);
    expect(checkTotals(org, out, paths)).toBeGreaterThan(500);
  });

  it('leads from every source, category and donor to the lines it adds up, on the overview and the year pages', () => {
    const paths = LANGS.flatMap((lang) => [`${lang}/money`, `${lang}/money/2025`, `${lang}/money/2026`]);
    // 2025 and 2026: 3 + 2 sources, 4 + 2 categories, 3 + 1 donor rows (a named donor, the small and the
    // unnamed ones; in 2026 only small donors), each on two pages (the overview and its year), in three languages.
    expect(checkLineLinks(org, out, paths)).toBe(3 * 2 * (5 + 6 + 4));
  });

  it('adds 0.10, 0.20, 0.70 and 33.33 three times to the cent, in each language', () => {
    // Spending 2025: 0.10 + 0.20 + 33.33 × 3 + 0.70 + 1.10 + 2.20 = 104.29.
    const spending = (lang: string) => plain(/<table id="spending-2025"[\s\S]*?<tfoot>([\s\S]*?)<\/tfoot>/.exec(pageOf(out, `${lang}/money/2025`))?.[1] ?? '');
    expect(spending('nl')).toContain('104,29 EUR');
    expect(spending('fr')).toContain('104,29 EUR');
    expect(spending('en')).toContain('EUR 104.29');
    // The campaign over every year: 33.33 × 3 + 0.10 = 100.09, just over the limit of 100.00.
    expect(plain(pageOf(out, 'en/money/2026'))).toContain('EUR 0.09 over the limit');
    // The pay cap: 2199.90 + 0.10 + 0.10 = 2200.10, and 2199.90 + 0.10 exactly at the cap.
    const pay = plain(pageOf(out, 'en/remuneration/an-verlinden'));
    expect(pay).toContain('EUR 0.10 over the cap');
    expect(pay).toContain('at the cap');
  });

  it('gives every chart its table and dataset link, and loads chart code only where there are charts', () => {
    let charts = 0;
    for (const lang of LANGS) {
      for (const path of [`${lang}/money`, `${lang}/money/2025`, `${lang}/money/2026`, `${lang}/remuneration/an-verlinden`]) {
        const html = pageOf(out, path);
        const count = checkCharts(html, path);
        expect(count, path).toBeGreaterThan(0);
        expect(scriptsOf(out, html).some(isChartCode), path).toBe(true);
        charts += count;
      }
      for (const path of [`${lang}`, `${lang}/officials`, `${lang}/agenda`, `${lang}/gifts`, `${lang}/declarations`, `${lang}/remuneration`]) {
        const html = pageOf(out, path);
        expect(html, path).not.toContain('data-chart=');
        expect(scriptsOf(out, html).some(isChartCode), path).toBe(false);
      }
    }
    expect(charts).toBe(3 * (1 + 4 + 4 + 1));
  });

  it('names donors above the threshold and no donor at or under it, nor one above it without a name', () => {
    for (const lang of LANGS) {
      const y2025 = pageOf(out, `${lang}/money/2025`);
      expect(y2025).toContain('Coöperatie Zonnedak');
      // In 2026 the same donor gave 0.30: counted with the small donors, never named.
      expect(pageOf(out, `${lang}/money/2026`)).not.toContain('Coöperatie Zonnedak');
      const overview = pageOf(out, `${lang}/money`);
      expect(/<table id="donations-2026"[\s\S]*?<\/table>/.exec(overview)?.[0]).not.toContain('Coöperatie Zonnedak');
      // 500.00 is at the threshold, 600.10 above it but without a name: both aggregated.
      expect(/<table id="donations-2025"[\s\S]*?<\/table>/.exec(y2025)?.[0]).toMatch(/data-key="small"[\s\S]*data-key="unnamed"/);
    }
  });

  it('marks declarations due after leaving office and shows what changed since the year before', () => {
    const matrix = pageOf(out, 'en/declarations');
    const row = /<tr data-key="marc-peeters">[\s\S]*?<\/tr>/.exec(matrix)?.[0] ?? '';
    expect(plain(row)).toMatch(/submitted: Marc Peeters, 2024.*after leaving office/);
    const year = plain(pageOf(out, 'en/declarations/2024'));
    expect(year).toContain('What changed since 2023');
    // What the declaration says is in Dutch, the fixture's default language: marked on the English page (the visible mark, 'nl', shown in capitals).
    expect(year).toContain('removed Income sources: Stad Fixtuur (Raadslid)nl: EUR 0.10');
    expect(year).toContain('changed Income sources: Adviesbureau Noord (Consultancy)nl: EUR 0.20 → EUR 0.70');
    expect(year).toContain('added Capital gains: Verkoop van aandelennl: EUR 1.10');
    expect(year).toContain('changed Side positions: Penningmeester, Sportclub Noordnl: unpaid → paid, EUR 33.33');
    expect(pageOf(out, 'en/declarations/2024')).toContain('<span lang="nl">Penningmeester, Sportclub Noord<abbr');
    expect(plain(pageOf(out, 'nl/declarations/2024'))).toContain('Penningmeester, Sportclub Noord: onbezoldigd');
  });
});

// --- The same fixture, its financial year starting in April ---------------------------------------

/** A copy of tests/fixtures/money-org in the work folder, changed by `edit`. */
function copyOf(name: string, edit: (dir: string) => void): string {
  const dir = join(work, `${name}-src`);
  cpSync(resolve(root, 'tests/fixtures/money-org'), dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('the money pages of the fixture with a financial year from April to March', () => {
  const dir = copyOf('money-april', (copy) => {
    const site = join(copy, 'data', 'site.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')}financialYearStart: 4\n`);
  });
  const out = join(work, 'money-april');
  const org = organisation(dir);
  beforeAll(() => build(dir, out));

  it('has a page per financial year, none per calendar year', () => {
    const years = readdirSync(join(out, 'en', 'money'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(years).toEqual(['2024-25', '2025-26']);
  });

  it('shows 2025-26 month by month from April 2025 to March 2026, and says which months the year covers', () => {
    const html = pageOf(out, 'en/money/2025-26');
    expect(plain(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')).toBe('Money in April 2025 – March 2026');
    expect(plain(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(pageOf(out, 'nl/money/2025-26'))?.[1] ?? '')).toBe('Financiën april 2025 – maart 2026');
    expect(plain(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(pageOf(out, 'fr/money/2025-26'))?.[1] ?? '')).toBe('Finances avril 2025 – mars 2026');
    const months = /<table id="months-2025-26"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const keys = [...months.matchAll(/<tr data-key="(\d{4}-\d{2})"/g)].map((m) => m[1]);
    expect(keys).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    // The year's spending: 0.10 in January 2026 (a campaign poster), 0.20 + 0.70 in February 2026, 2.20 on 31 December 2025.
    const spending = plain(/<table id="spending-2025-26"[\s\S]*?<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1] ?? '');
    expect(spending).toContain('EUR 3.20');
    // The overview names each year by its months.
    expect(plain(pageOf(out, 'en/money'))).toContain('Financial year April 2024 – March 2025');
  });

  it('shows every total as the exact sum of the lines of its financial year, traced by its first and last day', () => {
    const paths = LANGS.flatMap((lang) => pagesUnder(out, `${lang}/money`));
    expect(paths.length).toBeGreaterThan(20);
    expect(checkTotals(org, out, paths)).toBeGreaterThan(400);
    expect(pageOf(out, 'en/money/2025-26')).toContain('data-sum="expenditure?from=2025-04-01&amp;to=2026-03-31"');
  });

  it('leads from every source, category and donor to the lines of its financial year', () => {
    const paths = LANGS.flatMap((lang) => [`${lang}/money`, `${lang}/money/2024-25`, `${lang}/money/2025-26`]);
    expect(checkLineLinks(org, out, paths)).toBeGreaterThan(3 * 2 * 10);
    // The lines of office spending in 2025-26 come from both files, 2025.csv and 2026.csv: none before April 2025.
    const office = listedLines(out, 'en/money/2025-26/spending/office/');
    expect(office.map((line) => line.id).sort()).toEqual(['e-2026-0002', 'e-2026-0003']);
  });

  it('names a donor by their total over the financial year', () => {
    // Coöperatie Zonnedak gave 1200.00 in February 2025 (2024-25) and 0.30 in January 2026 (2025-26).
    expect(pageOf(out, 'en/money/2024-25')).toContain('Coöperatie Zonnedak');
    expect(pageOf(out, 'en/money/2025-26')).not.toContain('Coöperatie Zonnedak');
  });

  it('slices the money datasets per financial year and says which period each slice covers', () => {
    const rows = (path: string) => Papa.parse<Row>(readFileSync(join(out, path), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(existsSync(join(out, 'data/expenditure/2025.csv'))).toBe(false);
    const slice = rows('data/expenditure/2025-26.csv');
    expect(slice.map((row) => row.id)).toEqual(org.lines.expenditure.filter((line) => (line.date ?? '') >= '2025-04-01' && (line.date ?? '') <= '2026-03-31').map((line) => line.id));
    expect(rows('data/income/2024-25.csv').length + rows('data/income/2025-26.csv').length).toBe(org.lines.income.length);
    // Other kinds stay per calendar year.
    expect(existsSync(join(out, 'data/gifts/2025.csv'))).toBe(true);
    const pack = JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8')) as { resources: Array<{ name: string; slices?: Array<{ path: string; temporalCoverage: string }> }> };
    expect(pack.resources.find((resource) => resource.name === 'income')?.slices).toContainEqual(expect.objectContaining({ path: 'income/2025-26.csv', temporalCoverage: '2025-04-01/2026-03-31' }));
    expect(pack.resources.find((resource) => resource.name === 'gifts')?.slices).toBeUndefined();
    const dcat = readFileSync(join(out, 'data/catalog.jsonld'), 'utf8');
    const catalogue = JSON.parse(dcat) as { 'dcat:dataset': Array<{ 'dct:identifier': string; 'dcat:distribution': Array<Record<string, { '@id'?: string; 'dcat:startDate'?: { '@value': string }; 'dcat:endDate'?: { '@value': string } }>> }> };
    const income = catalogue['dcat:dataset'].find((dataset) => dataset['dct:identifier'] === 'income');
    const csv = income?.['dcat:distribution'].find((distribution) => distribution['dcat:downloadURL']?.['@id']?.endsWith('/data/income/2025-26.csv'));
    expect(csv?.['dct:temporal']?.['dcat:startDate']?.['@value']).toBe('2025-04-01');
    expect(csv?.['dct:temporal']?.['dcat:endDate']?.['@value']).toBe('2026-03-31');
    expect(plain(pageOf(out, 'en/datasets/income'))).toContain('2025-26 (April 2025 – March 2026)');
  });

  it('keeps the data package and the DCAT-AP catalogue valid with their slices per financial year', async () => {
    const standards = join(root, 'vendor/standards');
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const validate = ajv.compile(JSON.parse(readFileSync(join(standards, 'frictionless-2.0/datapackage.json'), 'utf8')));
    validate(JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    const load = async (type: string, text: string) => {
      const dataset = rdf.dataset();
      for await (const quad of rdf.formats.parsers.import(type, Readable.from([text])) as unknown as AsyncIterable<never>) dataset.add(quad);
      return dataset;
    };
    const shapes = await load('text/turtle', readFileSync(join(standards, 'dcat-ap-3.0.1/dcat-ap-SHACL.ttl'), 'utf8'));
    const nquads = (await jsonld.toRDF(JSON.parse(readFileSync(join(out, 'data/catalog.jsonld'), 'utf8')) as never, { format: 'application/n-quads' })) as unknown as string;
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(await load('application/n-quads', nquads));
    expect(report.results.map((result) => `${result.focusNode?.value} ${result.path?.value}`)).toEqual([]);
    expect(report.conforms).toBe(true);
  });
});

// --- The same fixture with spending only -------------------------------------------------------------

describe('the money pages of the fixture when it records spending but no income', () => {
  const dir = copyOf('money-spending-only', (copy) => {
    for (const file of readdirSync(join(copy, 'data', 'income'))) rmSync(join(copy, 'data', 'income', file));
  });
  const out = join(work, 'money-spending-only');
  const org = organisation(dir);
  beforeAll(() => build(dir, out));

  it('shows no balance and no income columns, and says that income is not published', () => {
    const notice = { en: 'Income is not published', nl: 'Inkomsten worden niet gepubliceerd', fr: 'Les recettes ne sont pas publiées' } as Record<string, string>;
    for (const lang of LANGS) {
      for (const path of [`${lang}/money`, `${lang}/money/2025`, `${lang}/money/2026`]) {
        const html = pageOf(out, path);
        const text = plain(html);
        expect(text, path).toContain(notice[lang]);
        expect(html, path).not.toMatch(/<th scope="col"[^>]*>(Balance|Saldo|Solde|Income|Inkomsten|Recettes|Income lines|Inkomstenlijnen|Lignes de recettes)<\/th>/);
        // No figure is a difference (a balance), and none adds up income.
        for (const figure of figures(html)) {
          expect(figure.trace, path).not.toContain(' -');
          expect(figure.trace, path).not.toMatch(/^income/);
        }
        expect(text, path).not.toMatch(/balance of|saldo van|solde de/);
        expect(html, path).not.toContain('href="/data/income');
      }
    }
    // The charts say what they show: spending only.
    expect(plain(/<h2 id="per-year">([\s\S]*?)<\/h2>/.exec(pageOf(out, 'en/money'))?.[1] ?? '')).toBe('Spending per year');
    expect(plain(/<caption>([\s\S]*?)<\/caption>/.exec(/<table id="months-2025"[\s\S]*?<\/table>/.exec(pageOf(out, 'nl/money/2025'))?.[0] ?? '')?.[1] ?? '')).toBe('Uitgaven per maand, 2025');
    // The 2025 spending is there: 104.29, to the cent.
    expect(plain(pageOf(out, 'en/money/2025'))).toContain('Spending of EUR 104.29 in 8 lines.');
  });

  it('still shows every spending total as the exact sum of its lines, each chart with its table', () => {
    const paths = LANGS.flatMap((lang) => pagesUnder(out, `${lang}/money`));
    expect(checkTotals(org, out, paths)).toBeGreaterThan(100);
    for (const lang of LANGS) for (const path of [`${lang}/money`, `${lang}/money/2025`]) expect(checkCharts(pageOf(out, path), path)).toBeGreaterThan(0);
  });
});

// --- The demo organisation ---------------------------------------------------------------------------

describe('the money pages of the demo organisation', () => {
  const out = join(work, 'demo');
  const org = organisation(root);
  beforeAll(() => build(root, out));

  it('shows every total on the overview, the year pages, the gifts register and the remuneration as the exact sum of its lines', () => {
    const years = readdirSync(join(out, 'en', 'money'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(years.length).toBeGreaterThanOrEqual(2);
    const paths = LANGS.flatMap((lang) => [`${lang}/money`, ...years.map((year) => `${lang}/money/${year}`)]);
    paths.push('en/gifts', 'en/remuneration', 'nl/declarations/2025');
    expect(checkTotals(org, out, paths)).toBeGreaterThan(300);
  });

  it('leads from every source, category and donor to the lines it adds up, over every page of the list', () => {
    const years = readdirSync(join(out, 'en', 'money'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const paths = LANGS.flatMap((lang) => [`${lang}/money`, ...years.map((year) => `${lang}/money/${year}`)]);
    expect(checkLineLinks(org, out, paths)).toBeGreaterThan(100);
    // The lists' own totals (footers, donor sections) are traced like every figure.
    expect(checkTotals(org, out, pagesUnder(out, 'en/money'))).toBeGreaterThan(300);
    // A large category is paged: at most 250 lines a page.
    const pages = pagesUnder(out, 'en/money').filter((path) => /\/(income|spending)\/[a-z-]+\/\d+$/.test(path));
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) expect(pageOf(out, path).match(/<tr id="[^"]+" data-cents=/g)?.length ?? 0, path).toBeLessThanOrEqual(250);
  });

  it('gives every chart its table, names no donor at or under the threshold, and keeps chart code off the other pages', () => {
    const donors = donorYears(org);
    const names = new Map(org.lines.income.filter((line) => line.donorName).map((line) => [line.donor ?? '', line.donorName ?? '']));
    for (const lang of LANGS) {
      for (const year of ['2025', '2026']) {
        const html = pageOf(out, `${lang}/money/${year}`);
        expect(checkCharts(html, `${lang}/money/${year}`)).toBe(4);
        const table = /<table id="donations-\d{4}"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
        for (const [key, total] of donors) {
          const [donorYear, donor = ''] = key.split(' ');
          if (donorYear !== year) continue;
          const name = names.get(donor);
          if (name && total.cents <= org.threshold) expect(html, `${donor} in ${year}`).not.toContain(name);
          if (name && total.cents > org.threshold) expect(table, `${donor} in ${year}`).toContain(`data-key="${donor}"`);
        }
        for (const m of table.matchAll(/<tr data-key="(d-[^"]+)"/g)) expect(donors.get(`${year} ${m[1]}`)?.cents).toBeGreaterThan(org.threshold);
      }
      for (const path of [`${lang}`, `${lang}/officials`, `${lang}/agenda`]) expect(scriptsOf(out, pageOf(out, path)).some(isChartCode), path).toBe(false);
    }
    // A donor named in 2025 who gave under the threshold in 2026 is not named on the 2026 page.
    expect(donors.get('2026 d-00001')?.cents).toBeLessThanOrEqual(org.threshold);
    expect(pageOf(out, 'nl/money/2026')).not.toContain(names.get('d-00001') ?? '—');
  });

  it('keeps the chart script small (reported, gzip)', () => {
    const html = pageOf(out, 'en/money');
    const src = /<script type="module" src="([^"]+)"/.exec(html)?.[1] ?? '';
    const code = scriptsOf(out, html).join('\n');
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`chart script ${src}: ${Buffer.byteLength(code)} bytes, ${gzip} bytes gzip (with the files it imports)`);
    expect(gzip).toBeLessThan(80_000);
  });
});
