/**
 * What the changes pages and feeds show of the history (changes.ts): which dataset each kind's changes
 * are published under, their addresses, a commit's link, a field's label and value for readers, the
 * pages of a dataset's commits (newest first), each record's own history (first published, changed) and
 * last change (the "changed" mark of a register's row), and the changes to each official's records (their feed).
 */
import type { z } from 'zod';
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { DatasetName } from '../../schemas/datasets.ts';
import { RECORD_KINDS, refsOf, type KindName, type RecordKind } from '../../schemas/kinds.ts';
import { labelOf, labelsOf } from '../../schemas/labels.ts';
import { parseStatedValue, toCents } from '../../schemas/money-fields.ts';
import { agendaPagePaths } from '../agenda/pages.ts';
import { FEEDS_DIR } from '../feeds/items.ts';
import { formatPartialDate, formatMonth } from '../locale/dates.ts';
import { formatMoney } from '../money/cents.ts';
import { formatStatedValue } from '../money/stated-value.ts';
import { metaOf } from '../loading/schema-fields.ts';
import { payAnchor } from '../records/addresses.ts';
import { schemaAt, type FieldChange } from '../staff/diff/records.ts';
import type { ChangeHistory, KindCommit } from './changes.ts';
import { HISTORY_KINDS } from './versions.ts';
import { declarationPath } from '../interests/declaration-pages.ts';

/** Each kind whose changes are published, under the name of its first dataset (`officials` for officials and their mandates). */
export const CHANGE_DATASETS: ReadonlyArray<{ kind: KindName; dataset: DatasetName }> = HISTORY_KINDS.map((kind) => ({
  kind,
  dataset: Object.keys((RECORD_KINDS[kind] as RecordKind).datasets ?? {})[0] as DatasetName,
}));

/** Commits shown on one changes page. */
export const CHANGES_PAGE_SIZE = 25;
/** Records of one kind (added, changed or removed) listed for one commit; the rest are counted. */
export const RECORDS_SHOWN = 100;
/** Commits in a dataset's changes feed. */
export const CHANGES_FEED_LIMIT = 50;

/** The address of a page of a dataset's changes below the site's root: `nl/changes/gifts/`, `nl/changes/gifts/2/`. */
export const changesPath = (lang: Lang, dataset: string, page = 1): string => `${lang}/changes/${dataset}/${page > 1 ? `${page}/` : ''}`;
/** The address of a dataset's changes feed below the site's root: `feeds/nl/changes/gifts.atom`. */
export const changesFeedPath = (lang: Lang, dataset: string): string => `${FEEDS_DIR}/${lang}/changes/${dataset}.atom`;
/** The anchor of a commit on its changes page. */
export const commitAnchor = (commit: string): string => `commit-${commit.slice(0, 12)}`;

/** The web address of a commit in the repository (site setting `repository`), or undefined without it. */
export function commitHref(repository: string | undefined, commit: string): string | undefined {
  return repository ? `${repository.replace(/\/+$/, '')}/commit/${commit}` : undefined;
}

/** A dataset's commits newest first, and on which page each is shown. */
export function newestFirst(commits: readonly KindCommit[] | undefined): KindCommit[] {
  return [...(commits ?? [])].reverse();
}

/** The page (1-based) a commit is shown on, given the commits newest first. */
export function pageOfCommit(newest: readonly KindCommit[], commit: string): number {
  const index = newest.findIndex((entry) => entry.commit === commit);
  return Math.floor(Math.max(0, index) / CHANGES_PAGE_SIZE) + 1;
}

/**
 * The label of a field of a kind's records for readers: the head of the schema's description in the
 * reader's language (`Estimated value as the register states it`), with the language of a text in
 * several languages (`What was offered (fr)`); the field's own name where the schema has none.
 */
export function fieldLabel(kind: KindName, field: string, lang: Lang): string {
  const schema = (RECORD_KINDS[kind] as RecordKind).schema;
  const path = field.split('.');
  const describedAt = (steps: string[]) => {
    const found = schemaAt(schema, steps);
    const meta = found ? metaOf(found) : undefined;
    return (meta?.descriptions as Record<Lang, string> | undefined)?.[lang] ?? meta?.description;
  };
  const last = path.at(-1) ?? '';
  const own = describedAt(path);
  const parent = own === undefined && /^[a-z]{2}$/.test(last) ? describedAt(path.slice(0, -1)) : undefined;
  const text = own ?? parent;
  if (!text) return field;
  const head = text.split(/ \(|: | ; |; |, /)[0] ?? text;
  // A reference to officials is shown by their names, not their ids: "Ids of the officials present" reads "Officials present".
  const named = readingOf(kind, field).reading.official ? head.replace(IDS_OF, '').replace(/^./u, (letter) => letter.toUpperCase()) : head;
  return parent ? `${named} (${last})` : named;
}

/** How the schemas' descriptions of a list of ids begin, in each language. */
const IDS_OF = /^(?:Ids of the |Id’s van de |Identifiants (?:des |du |de la |de l’))/u;

/** What a field's values are read with: the site's currency, and the officials' names by id. */
export interface ValueReading {
  currency: string;
  names?: ReadonlyMap<string, string> | undefined;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The item schema of a list (through optional and piped wrappers), or undefined for a field that is not one. */
function itemOf(schema: z.ZodType | undefined): z.ZodType | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  if (def.type === 'array') return def.element;
  if (def.innerType) return itemOf(def.innerType);
  return def.type === 'pipe' ? (itemOf(def.in) ?? itemOf(def.out)) : undefined;
}

/** How one value of a field reads: its kind, the official it names, its enum's labels. */
interface Reading {
  kind: string | undefined;
  official: boolean;
  labels: ReturnType<typeof labelsOf>;
}
/** Per kind and field (flattened, `mandates.0.post`): a reading for the value, or for each item of a list. */
const readings = new Map<string, { list: boolean; reading: Reading }>();

function readingOf(kind: KindName, field: string): { list: boolean; reading: Reading } {
  const key = `${kind} ${field}`;
  const known = readings.get(key);
  if (known) return known;
  const path = field.split('.');
  const found = schemaAt((RECORD_KINDS[kind] as RecordKind).schema, path);
  const item = found && metaOf(found).kind === 'list' ? itemOf(found) : undefined;
  const schema = item ?? found;
  // An official named by id: a reference to an official at this path (`*` for a list's items and for an item of a list of records).
  const at = path.map((step) => (/^\d+$/.test(step) ? '*' : step)).join('.');
  const official = refsOf(kind).some((ref) => ref.target === 'official' && [at, `${at}.*`].includes(ref.path.join('.')));
  const reading = { list: item !== undefined, reading: { kind: schema ? metaOf(schema).kind : undefined, official, labels: labelsOf(schema) } };
  readings.set(key, reading);
  return reading;
}

/** One value as readers read it. */
function readValue(reading: Reading, value: string, lang: Lang, context: ValueReading): string {
  const { kind } = reading;
  if (reading.official) return context.names?.get(value) ?? value;
  if (reading.labels) return labelOf(reading.labels, value, lang);
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return translator(lang)(value === 'true' ? 'changes.yes' : 'changes.no');
  if (kind === 'money') return formatMoney(toCents(value), lang, context.currency);
  if (kind === 'statedValue') {
    const stated = parseStatedValue(value);
    return typeof stated === 'string' ? value : formatStatedValue(stated, lang, context.currency);
  }
  if ((kind === 'date' || kind === 'partialDate') && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return formatPartialDate(value, lang);
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(value)) return formatMonth(value, lang);
  return value;
}

/**
 * A field's value for readers: an enum's value by its label in the reader's language, yes or no, an
 * official by name, money as money, dates at their precision, a list item by item; other values as written.
 */
export function fieldValue(kind: KindName, field: string, value: string, lang: Lang, context: ValueReading): string {
  if (value === '') return '—';
  const { list, reading } = readingOf(kind, field);
  const one = (text: string) => {
    try {
      return readValue(reading, text, lang, context);
    } catch {
      // A value an old version held that no longer reads as its kind: shown as written.
      return text;
    }
  };
  return list ? value.split('; ').map(one).join(', ') : one(value);
}

/** What a record's history says: when it was first published (or that it was there when history began), and its later changes. */
export interface RecordHistory {
  first: { day: string; commit: string; beforeHistory: boolean };
  changes: Array<{ day: string; commit: string; fields: string[] }>;
}

/** The history of each record of a kind that is there now, by identity. */
export function recordHistories(commits: readonly KindCommit[] | undefined): Map<string, RecordHistory> {
  const histories = new Map<string, RecordHistory>();
  const [start] = commits ?? [];
  for (const commit of commits ?? []) {
    for (const id of commit.added) histories.set(id, { first: { day: commit.day, commit: commit.commit, beforeHistory: false }, changes: [] });
    for (const change of commit.changed) {
      const history = histories.get(change.id) ?? (start ? { first: { day: start.day, commit: start.commit, beforeHistory: true }, changes: [] } : undefined);
      if (!history) continue;
      history.changes.push({ day: commit.day, commit: commit.commit, fields: change.fields.map((field) => field.field) });
      histories.set(change.id, history);
    }
    for (const id of commit.removed) histories.delete(id);
  }
  return histories;
}

/** The last change to a record changed after its first publication: its day, its commit and the page of its dataset's changes that shows it. */
export interface LastChange {
  day: string;
  commit: string;
  page: number;
}

/** The last change of each record of a kind that changed after its first publication (and is there now), by identity. */
export function lastChanges(histories: ReadonlyMap<string, RecordHistory>, newest: readonly KindCommit[]): Map<string, LastChange> {
  const pages = new Map(newest.map((commit, index) => [commit.commit, Math.floor(index / CHANGES_PAGE_SIZE) + 1]));
  const last = new Map<string, LastChange>();
  for (const [id, history] of histories) {
    const change = history.changes.at(-1);
    if (change) last.set(id, { day: change.day, commit: change.commit, page: pages.get(change.commit) ?? 1 });
  }
  return last;
}

/**
 * What a record's history on its page shows (RecordHistory.astro): its history (`historyOf`) and the page
 * of its dataset's changes that each commit it links to is on. Also what a page's cache key holds of it.
 */
export function shownHistory(kind: { commits: readonly KindCommit[] | undefined; newest: readonly KindCommit[]; histories: ReadonlyMap<string, RecordHistory> }, id: string): { history: RecordHistory; pages: Record<string, number> } | undefined {
  const history = historyOf(kind.histories, kind.commits, id);
  if (!history) return undefined;
  const commits = [history.first.commit, ...history.changes.map((change) => change.commit)];
  return { history, pages: Object.fromEntries(commits.map((commit) => [commit, pageOfCommit(kind.newest, commit)])) };
}

/** A record's history: its own, or that it was there when history began (the back-fill), or undefined without history. */
export function historyOf(histories: ReadonlyMap<string, RecordHistory>, commits: readonly KindCommit[] | undefined, id: string): RecordHistory | undefined {
  const found = histories.get(id);
  if (found) return found;
  const start = commits?.[0];
  return start ? { first: { day: start.day, commit: start.commit, beforeHistory: true }, changes: [] } : undefined;
}

/** A commit's changes in words: `2 records added, 1 record changed`. */
export function commitSummary(commit: KindCommit, lang: Lang): string {
  const t = translator(lang);
  if (commit.start !== undefined) return t('changes.start', { count: commit.start });
  return [
    ...(commit.added.length ? [t('changes.addedCount', { count: commit.added.length })] : []),
    ...(commit.changed.length ? [t('changes.changedCount', { count: commit.changed.length })] : []),
    ...(commit.removed.length ? [t('changes.removedCount', { count: commit.removed.length })] : []),
  ].join(', ');
}

/**
 * Where the records that have a page or a row of their own are shown, by kind and identity: their address
 * after `/<lang>/`, or undefined (a kind without pages, a record removed since). Made once per build:
 * the agenda's addresses are its month pages' (agendaPagePaths, shared), not a copy.
 */
export function recordAddresses(records: {
  /** Newest first, as the month pages show it. */
  agenda: ReadonlyArray<{ id: string; date: string }>;
  gifts: ReadonlyArray<{ id: string; date: string }>;
  travel: ReadonlyArray<{ id: string }>;
  officials: ReadonlyArray<{ id: string }>;
  meetings: ReadonlyArray<{ id: string }>;
  /** Which page of its year shows each declaration (declarationPages), by `<official> <year>`. */
  declarationPages: ReadonlyMap<string, number>;
  remuneration: ReadonlyArray<{ official: string; month: string }>;
}): (kind: KindName, id: string) => string | undefined {
  const agendaPaths = agendaPagePaths(records.agenda);
  const giftYears = new Map(records.gifts.map((gift) => [gift.id, gift.date.slice(0, 4)]));
  const ids = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((record) => record.id));
  const trips = ids(records.travel);
  const officials = ids(records.officials);
  const meetings = ids(records.meetings);
  const pay = new Set(records.remuneration.map((row) => `${row.official} ${row.month}`));
  return (kind, id) => {
    if (kind === 'agenda') return agendaPaths.has(id) ? `agenda/${agendaPaths.get(id)}#${id}` : undefined;
    if (kind === 'gifts') return giftYears.has(id) ? `gifts/${giftYears.get(id)}/#${id}` : undefined;
    if (kind === 'travel') return trips.has(id) ? `travel/#${id}` : undefined;
    if (kind === 'officials') return officials.has(id) ? `officials/${id}/` : undefined;
    if (kind === 'meetings') return meetings.has(id) ? `meetings/${id}/` : undefined;
    const [official = '', when = ''] = id.split(' ');
    if (kind === 'declarations') return records.declarationPages.has(id) ? `${declarationPath(records.declarationPages, official, when)}#${official}` : undefined;
    if (kind === 'remuneration') return pay.has(id) ? `remuneration/${official}/#${payAnchor(when)}` : undefined;
    return undefined;
  };
}

/** The changes a dataset's rows come from: its kind's changes (`mandates` → `officials`), or undefined (the signals, which the rules make). */
export function changesOfDataset(name: string): string | undefined {
  return CHANGE_DATASETS.find(({ kind }) => Object.hasOwn((RECORD_KINDS[kind] as RecordKind).datasets ?? {}, name))?.dataset;
}

/** A change to one record, as an official's feed shows it: its fields before → after, or that it was removed. */
export interface RecordChangeItem {
  kind: KindName;
  /** The dataset whose changes page shows the commit. */
  dataset: DatasetName;
  commit: string;
  day: string;
  /** The page of the dataset's changes that shows the commit. */
  page: number;
  id: string;
  /** The fields changed; undefined for a record removed. */
  fields?: readonly FieldChange[] | undefined;
}

/**
 * The changes to each official's records, by official: every record changed or removed after history
 * began, under each official it belongs to (the commit's `owners`, ownersOf in the registry). A record
 * added is a new record, which the official's feed has already; the back-fill is no change.
 */
export function changesByOfficial(kinds: ChangeHistory['kinds']): Map<string, RecordChangeItem[]> {
  const byOfficial = new Map<string, RecordChangeItem[]>();
  for (const { kind, dataset } of CHANGE_DATASETS) {
    newestFirst(kinds[kind]).forEach((commit, index) => {
      if (commit.start !== undefined || !commit.owners) return;
      const page = Math.floor(index / CHANGES_PAGE_SIZE) + 1;
      const add = (id: string, fields?: readonly FieldChange[]) => {
        for (const official of commit.owners?.[id] ?? []) {
          const list = byOfficial.get(official) ?? [];
          byOfficial.set(official, list);
          list.push({ kind, dataset, commit: commit.commit, day: commit.day, page, id, fields });
        }
      };
      for (const change of commit.changed) add(change.id, change.fields);
      for (const id of commit.removed) add(id);
    });
  }
  return byOfficial;
}
