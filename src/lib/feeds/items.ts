/**
 * What the calendar and news feeds hold: agenda entries as iCalendar events, and the newest agenda
 * entries and minutes as RSS items. Pure: the feed endpoints pass in the records from the collections.
 */
import { translator } from '../../i18n/index.ts';
import { topicLabel } from '../../i18n/topics.ts';
import { AGENDA_CATEGORY_LABELS, type AgendaEntry } from '../../schemas/agenda.ts';
import type { Lang, Localized } from '../../schemas/fields.ts';
import { labelOf } from '../../schemas/labels.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { agendaEntryHref } from '../agenda/pages.ts';
import { formatDate, zonedDateTime } from '../locale/dates.ts';
import { addMinutes, nextDay, type IcsEvent } from './ical.ts';
import { newestFirst } from '../agenda/order.ts';
import { localize, textOf } from '../locale/localize.ts';
import type { RssItem } from './rss.ts';

/** The folder below the site root, served at `/feeds/`. */
export const FEEDS_DIR = 'feeds';

export interface FeedSite {
  baseUrl: string;
  defaultLanguage: Lang;
  timeZone: string;
}

/** An appointment without an end time is shown in calendars as lasting this long (and says so). */
export const DEFAULT_MINUTES = 60;

/** The host of the portal, which makes UIDs and guids globally unique: `demo.vitrine.example.org`. */
export function hostOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}

/** An absolute address on the portal, from a path without its leading slash. */
export function absolute(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** The `webcal://` address of a calendar served over http(s): calendar apps open it and subscribe. */
export function webcalOf(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/**
 * The page on which an agenda entry is shown: the page of its month's agenda that holds it (see
 * `agendaPlaces` in agenda-pages.ts: a large month has several), at its row.
 */
export function agendaEntryPath(entry: Pick<AgendaEntry, 'id' | 'date'>, lang: Lang, page = 1): string {
  return agendaEntryHref(lang, { month: entry.date.slice(0, 7), page }, entry.id).slice(1);
}

/** The UID of an agenda entry's calendar event: its id at the portal's host, the same in every build. */
export function agendaUid(entry: Pick<AgendaEntry, 'id'>, site: Pick<FeedSite, 'baseUrl'>): string {
  return `${entry.id}@${hostOf(site.baseUrl)}`;
}

/**
 * An agenda entry as a calendar event in a language (the site's default language unless given): the
 * interface's words (category, topics, "met") in that language, the title in it where written (else in
 * the language it is written in, which the event's LANGUAGE says), the address of the page in it.
 * `withNames` puts the officials' names before the title (for a calendar of several officials); `page`
 * is the page of its month that shows the entry (`agendaPlaces`), for the event's address.
 */
export function agendaEvent(entry: AgendaEntry, site: FeedSite, names: ReadonlyMap<string, string>, withNames = false, page = 1, lang: Lang = site.defaultLanguage): IcsEvent {
  const t = translator(lang);
  const title = localize(entry.title, lang, site.defaultLanguage);
  const people = entry.officials.map((id) => names.get(id) ?? id).join(', ');
  const url = absolute(site.baseUrl, agendaEntryPath(entry, lang, page));
  const description = [
    entry.organisations?.length ? t('feed.field', { label: t('agenda.met'), value: entry.organisations.join('; ') }) : undefined,
    entry.privateIndividuals !== undefined ? t('agenda.individuals', { count: entry.privateIndividuals }) : undefined,
    t('feed.field', { label: t('feed.officials'), value: people }),
    t('feed.field', { label: t('agenda.category'), value: labelOf(AGENDA_CATEGORY_LABELS, entry.category, lang) }),
    entry.topics?.length ? t('feed.field', { label: t('feed.topics'), value: topicsIn(entry.topics, lang) }) : undefined,
    entry.start === undefined ? t('feed.noTime') : entry.end ? undefined : t('feed.noEnd', { minutes: DEFAULT_MINUTES }),
    entry.minutes ? t('feed.field', { label: t('meeting.minutes'), value: entry.minutes }) : undefined,
    // Calendar apps show the description but not URL: the page's address is written in it too.
    t('feed.field', { label: t('feed.page'), value: url }),
  ].filter((line) => line !== undefined);
  return {
    uid: agendaUid(entry, site),
    // DTSTAMP comes from the data, not the clock, so that two builds of the same data give the same
    // file: the day the entry was first published where known, else the day of the appointment.
    stamp: `${entry.published ?? entry.date}T00:00:00Z`,
    ...eventTimes(entry),
    summary: withNames ? t('feed.field', { label: people, value: title.text }) : title.text,
    // The title in the language it is written in; the rest in the calendar's; a place as written (plain text, the default language).
    language: title.lang,
    descriptionLanguage: lang,
    locationLanguage: site.defaultLanguage,
    description: description.join('\n'),
    location: entry.location,
    categories: [labelOf(AGENDA_CATEGORY_LABELS, entry.category, lang)],
    url,
  };
}

/**
 * A meeting as a calendar event in a language: the body's name (or the meeting's title), its agenda
 * items, and the address of the meeting's page, in the description too (calendar apps ignore URL).
 */
export function meetingEvent(meeting: MeetingWithMinutes, site: FeedSite, bodyName: Localized | undefined, lang: Lang = site.defaultLanguage): IcsEvent {
  const t = translator(lang);
  const d = site.defaultLanguage;
  const name = meeting.title ? localize(meeting.title, lang, d) : bodyName ? localize(bodyName, lang, d) : { text: meeting.body, lang: d };
  const url = absolute(site.baseUrl, `${lang}/meetings/${meeting.id}/`);
  const description = [
    ...meeting.items.map((item, index) => `${index + 1}. ${textOf(item.title, lang, d)}`),
    meeting.start === undefined ? t('feed.noTime') : meeting.end ? undefined : t('feed.noEnd', { minutes: DEFAULT_MINUTES }),
    t('feed.field', { label: t('feed.page'), value: url }),
  ].filter((line) => line !== undefined);
  return {
    uid: `meeting-${meeting.id}@${hostOf(site.baseUrl)}`,
    // From the data, not the clock: the day of the meeting.
    stamp: `${meeting.date}T00:00:00Z`,
    ...eventTimes(meeting),
    summary: t('feed.meetingSummary', { body: name.text }),
    language: lang,
    descriptionLanguage: lang,
    locationLanguage: d,
    description: description.join('\n'),
    location: meeting.location,
    url,
  };
}

/**
 * When an entry's event takes place: from its start to its end, or `DEFAULT_MINUTES` when no end is
 * recorded; a whole day (DATE values, the end the day after) when the source states no time.
 */
export function eventTimes(entry: Pick<AgendaEntry, 'date' | 'start' | 'end'>): Pick<IcsEvent, 'start' | 'end'> {
  if (entry.start === undefined) return { start: { date: entry.date }, end: { date: nextDay(entry.date) } };
  const start = { date: entry.date, time: entry.start };
  return { start, end: entry.end ? { date: entry.date, time: entry.end } : addMinutes(start, DEFAULT_MINUTES) };
}

/** Topics in words of a language (`housing` is `wonen` in Dutch); a code without a label as written. */
export function topicsIn(topics: readonly string[], lang: Lang): string {
  return topics.map((topic) => topicLabel(topic, lang)).join(', ');
}

/** Something that has a date and maybe a start time, and an id to order ties. */
interface Dated {
  id: string;
  date: string;
  start?: string | undefined;
}

export const NEWS_LIMITS = { agenda: 50, minutes: 20 } as const;

/**
 * What a news feed holds: the newest agenda entries and the newest meetings with minutes, up to and
 * including `today` (appointments still to come are in the calendar feeds, not the news).
 */
export function selectNews<E extends Dated, M extends Dated>(entries: readonly E[], meetings: readonly M[], today: string, limits: { agenda: number; minutes: number } = NEWS_LIMITS): { entries: E[]; meetings: M[] } {
  return {
    entries: entries.filter((entry) => entry.date <= today).sort(newestFirst).slice(0, limits.agenda),
    meetings: meetings.filter((meeting) => meeting.date <= today).sort(newestFirst).slice(0, limits.minutes),
  };
}

export type MeetingWithMinutes = Meeting & { id: string; minutes: Partial<Record<Lang, string>> };

/** An agenda entry as a news item in a language; `page` is the page of its month that shows it (`agendaPlaces`). */
export function agendaItem(entry: AgendaEntry, lang: Lang, site: FeedSite, names: ReadonlyMap<string, string>, page = 1): RssItem {
  const t = translator(lang);
  const people = entry.officials.map((id) => names.get(id) ?? id).join(', ');
  const lines = [
    `${formatDate(entry.date, lang)}${entry.start ? `, ${entry.start}${entry.end ? `–${entry.end}` : ''}` : ''}${entry.location ? ` · ${entry.location}` : ''}`,
    entry.organisations?.length ? t('feed.field', { label: t('agenda.met'), value: entry.organisations.join('; ') }) : undefined,
    entry.privateIndividuals !== undefined ? t('agenda.individuals', { count: entry.privateIndividuals }) : undefined,
    entry.topics?.length ? t('feed.field', { label: t('feed.topics'), value: topicsIn(entry.topics, lang) }) : undefined,
  ].filter((line) => line !== undefined);
  return {
    title: t('feed.field', { label: people, value: textOf(entry.title, lang, site.defaultLanguage) }),
    link: absolute(site.baseUrl, agendaEntryPath(entry, lang, page)),
    guid: `${hostOf(site.baseUrl)}/agenda/${entry.id}`,
    published: publishedAt(entry.date, entry.start, site.timeZone),
    description: lines.join('\n'),
    categories: [labelOf(AGENDA_CATEGORY_LABELS, entry.category, lang)],
  };
}

/** A meeting's minutes as a news item in a language: its agenda items and decisions. */
export function minutesItem(meeting: MeetingWithMinutes, lang: Lang, site: FeedSite, bodyName: Localized | undefined): RssItem {
  const t = translator(lang);
  const d = site.defaultLanguage;
  const name = meeting.title ? textOf(meeting.title, lang, d) : `${bodyName ? textOf(bodyName, lang, d) : meeting.body}, ${formatDate(meeting.date, lang)}`;
  const written = Object.keys(meeting.minutes) as Lang[];
  const lines = meeting.items.map((item, index) => {
    const votes = item.votes ? ` (${item.votes.for} ${t('meeting.for')}, ${item.votes.against} ${t('meeting.against')}, ${item.votes.abstain} ${t('meeting.abstain')})` : '';
    return `${index + 1}. ${textOf(item.title, lang, d)}${item.decision ? ` — ${t('feed.field', { label: t('meeting.decision'), value: textOf(item.decision, lang, d) })}` : ''}${votes}`;
  });
  if (!written.includes(lang)) lines.push(t('feed.minutesIn', { languages: written.map((l) => l.toUpperCase()).join(', ') }));
  return {
    title: t('feed.minutesTitle', { meeting: name }),
    link: absolute(site.baseUrl, `${lang}/meetings/${meeting.id}/`),
    guid: `${hostOf(site.baseUrl)}/meetings/${meeting.id}`,
    published: publishedAt(meeting.date, meeting.start, site.timeZone),
    description: lines.join('\n'),
    categories: [t('meeting.minutes')],
  };
}

/** An item's date: with its time and offset where the source states a time, else the day alone (no pubDate is written). */
const publishedAt = (date: string, time: string | undefined, timeZone: string) => (time === undefined ? date : zonedDateTime(date, time, timeZone));

/**
 * Items newest first: by their day in the site's zone; within a day the items without a time first (as
 * `newestFirst` orders the agenda), then by the instant they stand for (their offsets may differ).
 */
export function byPublished(items: RssItem[]): RssItem[] {
  return items.sort((a, b) => {
    const [dayA, dayB] = [a.published.slice(0, 10), b.published.slice(0, 10)];
    if (dayA !== dayB) return dayA < dayB ? 1 : -1;
    const [timedA, timedB] = [a.published.length > 10, b.published.length > 10];
    if (timedA !== timedB) return timedA ? 1 : -1;
    return (timedA ? Date.parse(b.published) - Date.parse(a.published) : 0) || (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0);
  });
}
