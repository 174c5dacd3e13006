/** The rows of every dataset, taken from the validated records in a stable order. */
import type { DatasetName, DatasetRow } from '../../schemas/datasets.ts';
import { zonedDateTime } from '../dates.ts';
import type { SiteData } from '../load-site.ts';
import { sum } from '../money.ts';

type Rows = { [N in DatasetName]: (site: SiteData) => Iterable<DatasetRow<N>> };

export const DATASET_ROWS: Rows = {
  officials: (site) => site.officials.map(({ data: { mandates: _m, signatures: _s, ...person } }) => person),
  bodies: (site) => site.bodies.map(({ data: { posts, ...body } }) => ({ ...body, posts: posts.map((post) => post.id) })),
  mandates: (site) => site.officials.flatMap(({ data }) => data.mandates.map((mandate) => ({ official: data.id, ...mandate }))),
  agenda: function* (site) {
    const zone = site.site.timeZone;
    for (const { data } of site.agenda) {
      yield { ...data, startsAt: zonedDateTime(data.date, data.start, zone), ...(data.end ? { endsAt: zonedDateTime(data.date, data.end, zone) } : {}) };
    }
  },
  meetings: (site) =>
    site.meetings.map(({ data: { items, minutes, ...meeting } }) => ({ ...meeting, items: items.length, languages: Object.keys(minutes) })),
  declarations: (site) =>
    site.declarations.map(({ data }) => ({
      official: data.official,
      year: data.year,
      submitted: data.submitted,
      incomeSources: data.income.length,
      incomeDeclared: sum(data.income.map((source) => source.amount ?? 0)),
      assets: data.assets.length,
      capitalGains: sum(data.capitalGains.map((gain) => gain.amount)),
      sidePositions: data.sidePositions.length,
    })),
  'side-positions': (site) => site.declarations.flatMap(({ data }) => data.sidePositions.map((position) => ({ official: data.official, year: data.year, ...position }))),
  gifts: (site) => site.gifts.map((record) => record.data),
  remuneration: (site) => site.remuneration.map((record) => record.data),
  income: (site) => site.income.map((record) => record.data),
  expenditure: (site) => site.expenditure.map((record) => record.data),
  complaints: (site) => site.complaints.map((record) => record.data),
  signals: (site) => site.signals ?? [],
};
