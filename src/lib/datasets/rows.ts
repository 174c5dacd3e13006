/**
 * The rows of every dataset, taken from the validated records in a stable order. Each row carries
 * `source`: the file and line of the organisation's folder it comes from.
 */
import { relative } from 'node:path';
import type { DatasetName, DatasetRow } from '../../schemas/datasets.ts';
import { zonedDateTime } from '../locale/dates.ts';
import type { Loaded, SiteData } from '../loading/load-site.ts';
import type { StatedValue } from '../../schemas/money-fields.ts';
import { sum } from '../money/cents.ts';
import { namedVotes } from '../meetings/votes.ts';
import { appointmentCounts } from '../agenda/organisation-ids.ts';

type Rows = { [N in DatasetName]: (site: SiteData) => Iterable<DatasetRow<N> & { source?: string }> };

/** Each file's path relative to the organisation's folder, by its absolute path: at size L, working it out for each of 1.5 million rows took 4.8 s of a build. */
const relativePaths = new Map<string, string>();

/** `data/agenda/2025.csv:14`, relative to the organisation's folder. */
function sourceOf(site: SiteData, record: Loaded<unknown>, line = record.line): string {
  const key = `${site.dir}\0${record.file}`;
  let path = relativePaths.get(key);
  if (path === undefined) {
    if (relativePaths.size > 100_000) relativePaths.clear();
    relativePaths.set(key, (path = relative(site.dir, record.file)));
  }
  return `${path}:${line}`;
}

/** A dataset that is its kind's records as they were validated, each with its source. */
const recorded =
  <K extends 'remuneration' | 'income' | 'expenditure' | 'complaints'>(kind: K) =>
  (site: SiteData): Array<SiteData[K][number]['data'] & { source: string }> =>
    (site[kind] as Array<Loaded<SiteData[K][number]['data']>>).map((record) => ({ ...record.data, source: sourceOf(site, record) }));

/** A stated value in the gifts and travel datasets' columns: the exact amount only where it is exact, the bounds apart. */
function valueColumns(value: StatedValue): { value?: number; valueForm: StatedValue['form']; valueMin?: number; valueMax?: number } {
  switch (value.form) {
    case 'exact':
      return { value: value.cents, valueForm: 'exact' };
    case 'unknown':
      return { valueForm: 'unknown' };
    case 'below':
      return { valueForm: 'below', valueMax: value.max };
    case 'above':
      return { valueForm: 'above', valueMin: value.min };
    case 'between':
      return { valueForm: 'between', valueMin: value.min, valueMax: value.max };
  }
}

export const DATASET_ROWS: Rows = {
  officials: (site) => site.officials.map((record) => {
    const { mandates: _m, signatures: _s, ...person } = record.data;
    return { ...person, source: sourceOf(site, record) };
  }),
  bodies: (site) => site.bodies.map((record) => {
    const { posts, ...body } = record.data;
    return { ...body, posts: posts.map((post) => post.id), source: sourceOf(site, record) };
  }),
  mandates: (site) =>
    site.officials.flatMap((record) => record.data.mandates.map((mandate, index) => ({ official: record.data.id, ...mandate, source: sourceOf(site, record, record.locate(['mandates', index]).line) }))),
  agenda: function* (site) {
    const zone = site.site.timeZone;
    for (const record of site.agenda) {
      const { data } = record;
      // No start stated, no startsAt: the cell stays empty rather than say 00:00.
      yield { ...data, ...(data.start ? { startsAt: zonedDateTime(data.date, data.start, zone) } : {}), ...(data.end ? { endsAt: zonedDateTime(data.date, data.end, zone) } : {}), source: sourceOf(site, record) };
    }
  },
  organisations: (site) => {
    const organisations = site.organisations ?? [];
    const counts = appointmentCounts(organisations.map((record) => record.data), site.agenda.map((record) => record.data));
    return organisations.map((record) => ({ ...record.data, appointments: counts.get(record.data) ?? 0, source: sourceOf(site, record) }));
  },
  meetings: (site) =>
    site.meetings.map((record) => {
      const { items, minutes, ...meeting } = record.data;
      return { ...meeting, items: items.length, languages: Object.keys(minutes), source: sourceOf(site, record, 1) };
    }),
  votes: (site) =>
    site.meetings.flatMap((record) =>
      namedVotes(record.data).map(({ at: [index, choice, place], ...vote }) => ({ ...vote, source: sourceOf(site, record, record.locate(['items', index, 'votesByName', choice, place]).line) })),
    ),
  declarations: (site) =>
    site.declarations.map((record) => ({
      official: record.data.official,
      year: record.data.year,
      submitted: record.data.submitted,
      incomeSources: record.data.income.length,
      incomeDeclared: sum(record.data.income.map((source) => source.amount ?? 0)),
      assets: record.data.assets.length,
      capitalGains: sum(record.data.capitalGains.map((gain) => gain.amount)),
      sidePositions: record.data.sidePositions.length,
      sourceUrl: record.data.sourceUrl,
      source: sourceOf(site, record, 1),
    })),
  'side-positions': (site) =>
    site.declarations.flatMap((record) =>
      record.data.sidePositions.map((position, index) => ({ official: record.data.official, year: record.data.year, ...position, source: sourceOf(site, record, record.locate(['sidePositions', index]).line) })),
    ),
  gifts: (site) =>
    site.gifts.map((record) => {
      const { value, ...gift } = record.data;
      return { ...gift, ...valueColumns(value), source: sourceOf(site, record) };
    }),
  travel: (site) =>
    site.travel.map((record) => {
      const { value, ...trip } = record.data;
      return { ...trip, ...valueColumns(value), source: sourceOf(site, record) };
    }),
  remuneration: recorded('remuneration'),
  income: recorded('income'),
  expenditure: recorded('expenditure'),
  complaints: recorded('complaints'),
  signals: (site) => site.signals ?? [],
};
