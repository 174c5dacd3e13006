/**
 * What the Atom feeds to follow an official or a rule hold: an official's appointments, declarations,
 * gifts, pay months, signals and the changes to their records after publication, and the signals of a
 * rule or of every rule, as entries in one language, newest first, at most `FOLLOW_LIMIT`. Pure: the
 * build passes in the records (follow-feeds.ts writes).
 *
 * An entry's `updated` is when the record was first published where the project knows it (agenda
 * entries: the first commit holding them, src/lib/history/agenda-first-seen.ts, else their `published`
 * column), else the record's own date; a change's is its commit's day. Atom requires a date and time (RFC 4287 3.3): a record known only
 * to the day is written at 00:00 of that day in the site's time zone, one known only to the month or the
 * year at 00:00 of its first day. That time is the format's, not the source's: the title and summary show
 * the date at the precision the source gives, and no time unless the source states one.
 */
import { translator } from '../../i18n/index.ts';
import { AGENDA_CATEGORY_LABELS, type AgendaEntry } from '../../schemas/agenda.ts';
import type { Post } from '../../schemas/body.ts';
import type { Declaration } from '../../schemas/declaration.ts';
import type { Lang, Localized } from '../../schemas/fields.ts';
import type { Gift } from '../../schemas/gift.ts';
import { labelOf } from '../../schemas/labels.ts';
import type { KindName } from '../../schemas/kinds.ts';
import type { Remuneration } from '../../schemas/remuneration.ts';
import type { Signal } from '../../schemas/signal.ts';
import { datasetTitle } from '../../schemas/datasets.ts';
import { changesPath, commitAnchor, fieldLabel, fieldValue, type RecordChangeItem } from '../history/changes-view.ts';
import { outcomeLabel, outcomeOf } from '../interests/gift-register.ts';
import { formatDate, formatMonth, formatPartialDate, zonedDateTime } from '../locale/dates.ts';
import { localize, type TextPart } from '../locale/localize.ts';
import { formatMoney } from '../money/cents.ts';
import { payTotal } from '../money/remuneration.ts';
import { formatStatedValue } from '../money/stated-value.ts';
import { declarationAddress, giftAddress, hrefOf, payAddress, type Address } from '../records/addresses.ts';
import type { EvidenceRecord } from '../records/evidence.ts';
import { RULES } from '../rules/index.ts';
import { observedText, subjectParts, thresholdText, type SignalTextContext } from '../rules/signal-text.ts';
import { instantOf, type AtomEntry } from './atom.ts';
import { absolute, agendaEntryPath, FEEDS_DIR, hostOf, topicsIn, type FeedSite } from './items.ts';

/** An entry but its `updated`, which `selectFollowed` works out once for every language. */
export type EntryBody = Omit<AtomEntry, 'updated'>;

/** At most this many entries a feed: the newest. */
export const FOLLOW_LIMIT = 50;

export { FEEDS_DIR } from './items.ts';

/** The address of a feed below the site's root: `feeds/nl/officials/an-verlinden.atom`, `feeds/nl/rules/pay-cap.atom`, `feeds/nl/signals.atom`. */
export function feedPath(lang: Lang, what: { official: string } | { rule: string } | 'signals'): string {
  if (what === 'signals') return `${FEEDS_DIR}/${lang}/signals.atom`;
  return 'official' in what ? `${FEEDS_DIR}/${lang}/officials/${what.official}.atom` : `${FEEDS_DIR}/${lang}/rules/${what.rule}.atom`;
}

export interface FollowSite extends FeedSite {
  currency: string;
}

/** What the entries of one language are made from, once per build. */
export interface FollowContext {
  site: FollowSite;
  lang: Lang;
  names: ReadonlyMap<string, string>;
  posts: ReadonlyMap<string, Post>;
  /** Every piece of evidence with its record (evidenceIndex), for the signals' words. */
  evidence: ReadonlyMap<string, EvidenceRecord>;
  /** Agenda entry id → the page of its month that shows it (agendaPlaces). */
  agendaPages: ReadonlyMap<string, number>;
  /** Which page of its year shows each declaration (declarationPages). */
  declarationPages: ReadonlyMap<string, number>;
  /** Where a record is shown, after `/<lang>/` (recordAddresses), for the changes to it; undefined once removed. */
  addresses?: ((kind: KindName, id: string) => string | undefined) | undefined;
}

/**
 * A date known to the day, the month or the year as the date and time Atom requires: 00:00 of its
 * (first) day in the site's time zone, or the time the source states.
 */
export function atomDate(date: string, timeZone: string, time?: string): string {
  const day = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return zonedDateTime(day, time ?? '00:00', timeZone);
}

/** A tag: URI (RFC 4151) for a record, the same in every build and language: `tag:portal.example.org,2025:gifts/g-2025-01`. */
export function tagOf(site: Pick<FeedSite, 'baseUrl'>, date: string, path: string): string {
  return `tag:${hostOf(site.baseUrl)},${date.slice(0, 4)}:${path}`;
}

/** `label: value` in the feed's language (`label : value` in French), the value being parts that may carry their own language. */
function labelled(lang: Lang, label: string, parts: readonly TextPart[]): TextPart[] {
  const marker = '\u0001';
  const [before = '', after = ''] = translator(lang)('feed.field', { label, value: marker }).split(marker);
  return [before, ...parts, after];
}

const linkOf = (context: FollowContext, address: Address) => absolute(context.site.baseUrl, hrefOf(context.lang, address).slice(1));
const data = (value: Localized, context: FollowContext) => localize(value, context.lang, context.site.defaultLanguage);

export function agendaEntry(entry: AgendaEntry, context: FollowContext): EntryBody {
  const { lang, site } = context;
  const t = translator(lang);
  const when = `${formatDate(entry.date, lang)}${entry.start ? `, ${entry.start}${entry.end ? `–${entry.end}` : ''}` : ''}${entry.location ? ` · ${entry.location}` : ''}`;
  const lines = [
    when,
    entry.organisations?.length ? t('feed.field', { label: t('agenda.met'), value: entry.organisations.join('; ') }) : undefined,
    entry.privateIndividuals !== undefined ? t('agenda.individuals', { count: entry.privateIndividuals }) : undefined,
    entry.topics?.length ? t('feed.field', { label: t('feed.topics'), value: topicsIn(entry.topics, lang) }) : undefined,
    t('feed.field', { label: t('agenda.category'), value: labelOf(AGENDA_CATEGORY_LABELS, entry.category, lang) }),
  ].filter((line) => line !== undefined);
  return {
    id: tagOf(site, entry.date, `agenda/${entry.id}`),
    title: [data(entry.title, context)],
    link: absolute(site.baseUrl, agendaEntryPath(entry, lang, context.agendaPages.get(entry.id))),
    summary: [lines.join('\n')],
    category: { term: 'agenda', label: t('follow.kind.agenda') },
  };
}

export function declarationEntry(declaration: Declaration, context: FollowContext): EntryBody {
  const { lang, site } = context;
  const t = translator(lang);
  return {
    id: tagOf(site, declaration.submitted, `declarations/${declaration.official}/${declaration.year}`),
    title: [t('follow.declarationTitle', { year: declaration.year })],
    link: linkOf(context, declarationAddress(context.declarationPages, declaration.official, declaration.year)),
    summary: [t('follow.declarationSummary', { date: formatDate(declaration.submitted, lang), income: declaration.income.length, positions: declaration.sidePositions.length, assets: declaration.assets.length })],
    category: { term: 'declaration', label: t('follow.kind.declaration') },
  };
}

export function giftEntry(gift: Gift, context: FollowContext): EntryBody {
  const { lang, site } = context;
  const t = translator(lang);
  const outcome = outcomeLabel(outcomeOf(gift), lang);
  const summary: TextPart[] = [
    ...labelled(lang, formatPartialDate(gift.date, lang), [data(gift.description, context)]),
    `\n${t('feed.field', { label: t('gift.value'), value: formatStatedValue(gift.value, lang, site.currency) })}\n`,
    ...labelled(lang, t('gift.outcome'), [outcome, ...(gift.reason ? [' — ', data(gift.reason, context)] : [])]),
  ];
  return {
    id: tagOf(site, gift.date, `gifts/${gift.id}`),
    title: [t('follow.giftTitle', { giver: gift.giver })],
    link: linkOf(context, giftAddress(gift)),
    summary,
    category: { term: 'gift', label: t('follow.kind.gift') },
  };
}

export function payEntry(row: Remuneration, context: FollowContext): EntryBody {
  const { lang, site } = context;
  const t = translator(lang);
  const money = (cents: number) => formatMoney(cents, lang, site.currency);
  return {
    id: tagOf(site, row.month, `remuneration/${row.official}/${row.month}`),
    title: [t('follow.payTitle', { month: formatMonth(row.month, lang) })],
    link: linkOf(context, payAddress(row.official, row.month)),
    summary: [
      [
        t('feed.field', { label: t('pay.net'), value: money(row.netSalary) }),
        t('feed.field', { label: t('pay.expenses'), value: money(row.expenses) }),
        t('feed.field', { label: t('pay.fees'), value: money(row.attendanceFees) }),
        t('feed.field', { label: t('pay.total'), value: money(payTotal(row)) }),
      ].join('\n'),
    ],
    category: { term: 'pay', label: t('follow.kind.pay') },
  };
}

export function signalEntry(signal: Signal, context: FollowContext): EntryBody {
  const { lang, site } = context;
  const t = translator(lang);
  const words: SignalTextContext = { lang, defaultLang: site.defaultLanguage, currency: site.currency, evidence: context.evidence, names: context.names, posts: context.posts };
  const rule = RULES.find((candidate) => candidate.id === signal.rule);
  const person = signal.official ? context.names.get(signal.official) ?? signal.official : undefined;
  const title = labelled(lang, rule?.title[lang] ?? signal.rule, [...(person ? [`${person}, `] : []), ...subjectParts(signal, words)]);
  const summary: TextPart[] = [
    [
      t('feed.field', { label: t('agenda.date'), value: formatPartialDate(signal.date, lang) }),
      t('feed.field', { label: t('rules.threshold'), value: thresholdText(signal, words) }),
      t('feed.field', { label: t('rules.observed'), value: observedText(signal, words) }),
    ].join('\n'),
  ];
  if (signal.explanation) summary.push('\n', ...labelled(lang, t('rules.acknowledged'), [data(signal.explanation, context)]));
  return {
    id: tagOf(site, signal.date, `signals/${signal.id}`),
    title,
    link: linkOf(context, { path: `rules/${signal.rule}/`, anchor: signal.id }),
    summary,
    category: { term: 'signal', label: t('follow.kind.signal') },
  };
}

/**
 * A change to one of the official's records: its fields before → after (labels, names, money and dates
 * as readers read them, changes-view.ts), linked to the record's page or row and, as related, to its
 * commit on the dataset's changes page; a record removed links to that commit. Dated by the commit's day.
 */
export function changeEntry(change: RecordChangeItem, context: FollowContext): EntryBody {
  const { lang, site } = context;
  const t = translator(lang);
  const words = { dataset: datasetTitle(change.dataset, lang), record: change.id, date: formatDate(change.day, lang) };
  const commit = absolute(site.baseUrl, `${changesPath(lang, change.dataset, change.page)}#${commitAnchor(change.commit)}`);
  const address = change.fields ? context.addresses?.(change.kind, change.id) : undefined;
  const reading = { currency: site.currency, names: context.names };
  const value = (field: string, text: string) => fieldValue(change.kind, field, text, lang, reading);
  const summary = change.fields
    ? change.fields.map((field) => t('changes.field', { field: fieldLabel(change.kind, field.field, lang), before: value(field.field, field.before), after: value(field.field, field.after) })).join('\n')
    : t('follow.removedSummary', { date: words.date });
  return {
    id: tagOf(site, change.day, `changes/${change.dataset}/${change.commit}/${change.id.split(' ').map(encodeURIComponent).join('/')}`),
    title: [t(change.fields ? 'follow.changedTitle' : 'follow.removedTitle', words)],
    link: address ? absolute(site.baseUrl, `${lang}/${address}`) : commit,
    related: address ? commit : undefined,
    summary: [summary],
    category: { term: 'change', label: t('follow.kind.change') },
  };
}

/** A record to follow, with when it was published (or dated): what an entry is made from. */
export type Followed =
  | { kind: 'agenda'; record: AgendaEntry; updated: string }
  | { kind: 'declaration'; record: Declaration; updated: string }
  | { kind: 'gift'; record: Gift; updated: string }
  | { kind: 'pay'; record: Remuneration; updated: string }
  | { kind: 'signal'; record: Signal; updated: string }
  | { kind: 'change'; record: RecordChangeItem; updated: string };

/** The records of one official or one rule, as given to `selectFollowed` (a kind left out has none). */
export interface FollowedRecords {
  agenda?: readonly AgendaEntry[] | undefined;
  declarations?: readonly Declaration[] | undefined;
  gifts?: readonly Gift[] | undefined;
  remuneration?: readonly Remuneration[] | undefined;
  signals?: readonly Signal[] | undefined;
  /** Changes to the official's records after their first publication (changesByOfficial). */
  changes?: readonly RecordChangeItem[] | undefined;
}

const idOf = (item: Followed): string => {
  switch (item.kind) {
    case 'declaration':
      return `declarations/${item.record.official}/${item.record.year}`;
    case 'pay':
      return `remuneration/${item.record.official}/${item.record.month}`;
    case 'change':
      return `changes/${item.record.dataset}/${item.record.commit}/${item.record.id}`;
    default:
      return `${item.kind}/${item.record.id}`;
  }
};

/**
 * The newest `limit` records, newest first (by the instant their `updated` stands for; ties by kind and
 * id), chosen once for every language: the entries are made only for them.
 */
export function selectFollowed(records: FollowedRecords, published: ReadonlyMap<string, string>, timeZone: string, limit = FOLLOW_LIMIT): Followed[] {
  const items: Followed[] = [
    // First published where known (a day), else the appointment's own day and the time it states.
    ...(records.agenda ?? []).map((record): Followed => {
      const known = published.get(record.id) ?? record.published;
      return { kind: 'agenda', record, updated: known ? atomDate(known, timeZone) : atomDate(record.date, timeZone, record.start) };
    }),
    ...(records.declarations ?? []).map((record): Followed => ({ kind: 'declaration', record, updated: atomDate(record.submitted, timeZone) })),
    ...(records.gifts ?? []).map((record): Followed => ({ kind: 'gift', record, updated: atomDate(record.date, timeZone) })),
    ...(records.remuneration ?? []).map((record): Followed => ({ kind: 'pay', record, updated: atomDate(record.month, timeZone) })),
    ...(records.signals ?? []).map((record): Followed => ({ kind: 'signal', record, updated: atomDate(record.date, timeZone) })),
    ...(records.changes ?? []).map((record): Followed => ({ kind: 'change', record, updated: atomDate(record.day, timeZone) })),
  ];
  return items
    .map((item) => ({ item, at: instantOf(item.updated), id: idOf(item) }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ item }) => item);
}

/** The entry of a record chosen by `selectFollowed`, in the context's language. */
export function entryOf(item: Followed, context: FollowContext): AtomEntry {
  const entry = (() => {
    switch (item.kind) {
      case 'agenda':
        return agendaEntry(item.record, context);
      case 'declaration':
        return declarationEntry(item.record, context);
      case 'gift':
        return giftEntry(item.record, context);
      case 'pay':
        return payEntry(item.record, context);
      case 'signal':
        return signalEntry(item.record, context);
      case 'change':
        return changeEntry(item.record, context);
    }
  })();
  return { ...entry, updated: item.updated };
}
