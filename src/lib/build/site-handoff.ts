/**
 * The organisation's validated records for the pages. The build script hands over what it has already
 * read and validated (the content loaders and pages run in the same process), so the files are read and
 * validated once and held in memory once; run alone (`astro dev`), the records are loaded here, through
 * the same validation path, and any problem stops the build.
 *
 * Pages show income and expenditure as sums, and their lines in lists of pages: so the sums are made
 * once here, each page of the lists is written to disk (src/lib/records/line-store.ts), and the lines
 * are let go before the pages are built: at a million lines that is ~400 MB.
 */
import type { SiteData } from '../loading/load-site.ts';
import { loadSite } from '../loading/load-site.ts';
import { moneyByYear, type MoneyYear } from '../money/by-year.ts';
import { storeLines, type LineStore } from '../records/line-store.ts';
import { LINES_PAGED_UP_TO } from '../records/lines.ts';
import { wholeSetting } from './whole-setting.ts';
import { ValidationError } from '../loading/problems.ts';
import { signalsOf } from '../rules/signals.ts';
import { siteDir } from '../loading/site-dir.ts';
import { today } from '../loading/today.ts';

/** What pages read: the records, with the money lines replaced by their sums and their lists on disk. */
export interface PageData {
  site: SiteData;
  money: MoneyYear[];
  lines: LineStore;
}

const KEY = Symbol.for('vitrine.validated-site');

/** The longest list of money lines that is paged (lines.ts): `VITRINE_LINES_PAGED_UP_TO` lowers it for tests. */
export const linesPagedUpTo = (text: string | undefined): number => wholeSetting(text, LINES_PAGED_UP_TO, 'VITRINE_LINES_PAGED_UP_TO', 'lines');
type Holder = { [KEY]?: PageData | undefined };

function forPages(site: SiteData): PageData {
  const firstMonth = site.site.financialYearStart;
  const money = moneyByYear(site.income.map((line) => line.data), site.expenditure.map((line) => line.data), site.site.rules.donationPublicationThreshold, undefined, firstMonth);
  // The rules read the lines too: their signals are made before the lines go (the build has made them already).
  const ruled = site.signals ? undefined : signalsOf(site, today(site.site.timeZone));
  const signals = site.signals ?? ruled?.signals ?? [];
  const notJudged = site.notJudged ?? ruled?.notJudged ?? [];
  // The lines that signals rest on are kept with the place that lists them, for their evidence.
  const wanted = new Set(signals.flatMap((signal) => signal.evidence.filter((item) => item.startsWith('income:') || item.startsWith('expenditure:'))));
  const lines = storeLines(site.dir, site.income, site.expenditure, site.site.rules.donationPublicationThreshold, wanted, firstMonth, linesPagedUpTo(process.env.VITRINE_LINES_PAGED_UP_TO));
  return { site: { ...site, income: [], expenditure: [], signals, notJudged }, money, lines };
}

/**
 * Hands the build's records to the pages. The income and expenditure lines are emptied in `site`
 * itself, so that nothing holds them once the datasets are written: call it after the datasets.
 */
export function handOver(site: SiteData | undefined): void {
  const data = site ? forPages(site) : undefined;
  if (site) {
    site.income = [];
    site.expenditure = [];
  }
  (globalThis as Holder)[KEY] = data;
}

let loading: Promise<PageData> | undefined;

/** The handed-over records, or the organisation's folder loaded and validated once. */
export function pageData(): Promise<PageData> {
  const handed = (globalThis as Holder)[KEY];
  if (handed) return Promise.resolve(handed);
  loading ??= loadSite(siteDir()).then(({ data, problems }) => {
    if (problems.length > 0 || !data) throw new ValidationError(problems);
    return forPages(data);
  });
  return loading;
}

/** The validated records (without the money lines: see `pageData`). */
export const validatedSite = async (): Promise<SiteData> => (await pageData()).site;
