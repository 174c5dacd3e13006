/**
 * The rows of a list of money lines as HTML, written as one string (as the agenda's rows are: a large
 * organisation lists a million lines in three languages). Each row is the line's address (`id`, see
 * addresses.ts) and carries what the list's filter script reads: its amount in cents (its month is its
 * `<time>`), campaign and, for donations, its donor and donor section. Donations come in one `<tbody>` per donor section, headed by
 * the section with what it adds up (and its trace, as every figure on the money pages has: table.ts).
 */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import { escapeHtml } from '../locale/escape-html.ts';
import { formatDate } from '../locale/dates.ts';
import { formatMoney } from '../money/cents.ts';
import { financialYearOfKey, yearFilter } from '../money/financial-year.ts';
import { trace } from '../money/table.ts';
import type { LineList, LineSection, ListedLine } from './lines.ts';
import { sourceLinkHtml } from './source-link.ts';

export interface LineRowOptions {
  lang: Lang;
  /** The language descriptions are written in (plain text is in the site's default language). */
  defaultLang: Lang;
  /** The page of the list these lines are on (from 1). */
  page: number;
  currency: string;
  /** Names of officials by id (expense claims). */
  names: ReadonlyMap<string, string>;
  /** The heading of each donor section, in the page's language. */
  sectionLabel: (section: LineSection) => string;
  /** The month the organisation's financial year starts in (`financialYearStart`; 1 by default): what the list's year means in traces. */
  firstMonth?: number | undefined;
}

/** The columns of a list: which ones it has, in order, with their headings. */
export function lineColumns(list: Pick<LineList, 'dataset' | 'part'>, lang: Lang): Array<{ key: string; label: string; num?: boolean }> {
  const t = translator(lang);
  const party = list.dataset === 'expenditure' ? [{ key: 'payee', label: t('money.payee') }] : list.part === 'donation' ? [{ key: 'donor', label: t('money.donor') }] : [];
  return [
    { key: 'id', label: t('money.line') },
    { key: 'date', label: t('money.date') },
    ...party,
    { key: 'description', label: t('money.description') },
    { key: 'campaign', label: t('money.campaign') },
    { key: 'amount', label: t('money.amount'), num: true },
    { key: 'source', label: t('money.source') },
  ];
}

/** Dates repeat from row to row: each is written once per language. */
const dates = new Map<string, string>();
function dateHtml(date: string, lang: Lang): string {
  const key = `${lang}${date}`;
  let html = dates.get(key);
  if (html === undefined) {
    if (dates.size > 20_000) dates.clear();
    dates.set(key, (html = `<time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date, lang))}</time>`));
  }
  return html;
}

/** The rows of one page of a list; donations grouped in their sections (a `<tbody>` each). */
export function lineRowsHtml(list: LineList, lines: readonly ListedLine[], options: LineRowOptions): string {
  const { lang, currency, names } = options;
  const t = translator(lang);
  const columns = lineColumns(list, lang);
  // A phone shows each cell's column header beside its value: the table gives them once (`columnLabelStyle`).
  const open = new Map(columns.map((column) => [column.key, `<td${column.num ? ' class="num"' : column.key === 'source' ? ' class="muted"' : ''}>`]));
  // A description is the organisation's own text, in its default language: marked so on a page in another
  // language (the column's heading says it once), and as the organisation's text for the interface-language checks.
  open.set('description', `<td data-own-text${lang === options.defaultLang ? '' : ` lang="${options.defaultLang}"`}>`);
  const cell = (key: string, html: string) => (open.has(key) ? `${open.get(key)}${html}</td>` : '');
  const refund = escapeHtml(t('money.refund'));
  const claimed = (official: string) => escapeHtml(t('money.claimedBy', { name: names.get(official) ?? official }));
  const sections = new Map(list.sections.map((section) => [section.anchor, section]));
  const parts: string[] = [];
  let section: string | undefined;
  let first = true;
  for (const line of lines) {
    if (list.sections.length > 0 && (first || line.section !== section)) {
      if (!first) parts.push('</tbody>');
      section = line.section;
      const found = sections.get(section ?? '');
      // A section that began on an earlier page is headed again, without its anchor (which is where it begins).
      parts.push(found ? sectionHead(list, found, columns.length, options, found.firstPage < options.page && line === lines[0]) : '<tbody>');
    }
    first = false;
    const donor = line.donor ? `${line.donorName ? `${escapeHtml(line.donorName)} ` : ''}<span class="muted">${escapeHtml(line.donor)}</span>` : '';
    const party = list.dataset === 'expenditure' ? escapeHtml(line.payee ?? '') : donor;
    const description = `${escapeHtml(line.description)}${line.official ? ` <span class="muted">· ${claimed(line.official)}</span>` : ''}`;
    const attributes = `id="${escapeHtml(line.id)}" data-cents="${line.amount}"${line.campaign ? ` data-campaign="${escapeHtml(line.campaign)}"` : ''}${line.section ? ` data-section="${escapeHtml(line.section)}"` : ''}${line.donor ? ` data-donor="${escapeHtml(line.donor)}"` : ''}`;
    parts.push(
      `<tr ${attributes}>` +
        cell('id', `<a href="#${escapeHtml(line.id)}">${escapeHtml(line.id)}</a>`) +
        cell('date', dateHtml(line.date, lang)) +
        cell('payee', party) +
        cell('donor', party) +
        cell('description', description) +
        cell('campaign', escapeHtml(line.campaign ?? '')) +
        cell('amount', `${escapeHtml(formatMoney(line.amount, lang, currency))}${line.refund ? ` <span class="muted">(${refund})</span>` : ''}`) +
        // The file and line it was read from, and its page in the public register where it has one (the description cell is in the organisation's language, the link in the page's).
        cell('source', `${escapeHtml(line.source)}${line.sourceUrl ? sourceLinkHtml(lang, line.sourceUrl, () => t('money.lineSourceOf', { id: line.id, date: formatDate(line.date, lang) })) : ''}`) +
        '</tr>',
    );
  }
  if (list.sections.length > 0 && !first) parts.push('</tbody>');
  return parts.join('');
}

/** The heading row of a donor section, with its lines and amount over every page of the list. */
function sectionHead(list: LineList, section: LineSection, span: number, options: LineRowOptions, continued: boolean): string {
  const t = translator(options.lang);
  const filter = section.donor ? { donor: section.donor } : { donors: section.donorClass };
  const period = financialYearOfKey(list.year, options.firstMonth ?? 1);
  const where = { ...(period ? yearFilter(period) : { year: list.year }), category: 'donation', ...filter };
  const figures =
    `<span data-count="${escapeHtml(trace('income', where))}">${escapeHtml(t('money.lineCount', { count: section.lines }))}</span>, ` +
    `<span data-cents="${section.cents}" data-sum="${escapeHtml(trace('income', where))}">${escapeHtml(formatMoney(section.cents, options.lang, options.currency))}</span>`;
  const label = escapeHtml(options.sectionLabel(section)) + (continued ? ` ${escapeHtml(t('money.continued'))}` : '');
  const anchor = continued ? '' : ` id="${escapeHtml(section.anchor)}"`;
  return `<tbody data-section="${escapeHtml(section.anchor)}"><tr class="section"${anchor}><th scope="rowgroup" colspan="${span}">${label}: ${figures}</th></tr>`;
}
