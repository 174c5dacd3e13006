/**
 * The one place pages read collections from. Everything here is read once per build and shared by
 * every page, so each page costs only what it renders.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from './schemas/fields.ts';
import type { FileKindName } from './schemas/kinds.ts';
import { builtLanguages } from './lib/build/languages.ts';
import { groupOrganisations } from './lib/agenda/organisations.ts';
import { organisationsBySlug } from './lib/agenda/organisation-ids.ts';
import { organisationPlaces as placesOf } from './lib/agenda/organisation-places.ts';
import type { SiteData } from './lib/loading/load-site.ts';
import { newestFirst } from './lib/agenda/order.ts';
import { pageData, validatedSite } from './lib/build/site-handoff.ts';
import { markRecords } from './lib/build/output-cache.ts';
import { proseHtml } from './lib/prose/prose-file.ts';
import { signalOrder } from './lib/rules/index.ts';
import { agendaPagePaths } from './lib/agenda/pages.ts';
import { buildAgendaIndex, splitAgendaIndex } from './lib/agenda/filter.ts';
import { AGENDA_CATEGORIES } from './schemas/agenda.ts';
import { allCalendarFrom } from './lib/agenda/calendar-window.ts';
import { today } from './lib/loading/today.ts';
import { evidenceIndex } from './lib/records/evidence.ts';
import { declarationPages, declarationsPageSize } from './lib/interests/declaration-pages.ts';
import { groupBy } from './lib/loading/group.ts';
import { namedVotes, recentFirst } from './lib/meetings/votes.ts';
import { siteChanges } from './lib/history/history-cache.ts';
import { lastChanges, newestFirst as newestCommits, recordAddresses, recordHistories } from './lib/history/changes-view.ts';
import type { KindName } from './schemas/kinds.ts';

export async function siteConfig() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('The site configuration was not loaded.');
  return entry.data;
}

/** `getStaticPaths` for a page that exists once per language (of those this build writes: `builtLanguages`). */
export async function languagePaths() {
  const site = await siteConfig();
  return builtLanguages(site).map((lang) => ({ params: { lang } }));
}

const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
/** The records of one kind of the registry, from the validated organisation (not the content store: see content.config.ts). */
const records = async <K extends Exclude<FileKindName, 'site'>>(kind: K) => {
  const list = ((await validatedSite())[kind] ?? []).map((record) => record.data as NonNullable<SiteData[K]>[number]['data']);
  // Each record is keyed once in the pages' keys that hold it (output-cache.ts).
  markRecords(list);
  return list;
};

export const officials = () => once('officials', () => records('officials'));
export const bodies = () => once('bodies', () => records('bodies'));
export const agenda = () => once('agenda', async () => (await records('agenda')).sort(newestFirst));
export const meetings = () => once('meetings', async () => (await records('meetings')).sort(newestFirst));
/** Every official's votes by name on meetings' items, recent first. */
export const votesByOfficial = () => once('votes', async () => groupBy((await meetings()).flatMap(namedVotes).sort(recentFirst), (vote) => vote.official));
export const declarations = () => once('declarations', () => records('declarations'));
/** Which page of its year shows each declaration (src/lib/interests/declaration-pages.ts), worked out once. */
export const declarationPlaces = () => once('declarationPlaces', async () => declarationPages(await declarations(), await officials(), declarationsPerPage()));
/** How many declarations in full a page of a year shows (`VITRINE_DECLARATIONS_PAGE_SIZE` lowers it for tests). */
export const declarationsPerPage = () => declarationsPageSize(process.env.VITRINE_DECLARATIONS_PAGE_SIZE);
export const gifts = () => once('gifts', () => records('gifts'));
export const travel = () => once('travel', () => records('travel'));
/** The trips paid by others, grouped by official once per build. */
export const travelByOfficial = () => once('travelByOfficial', async () => groupBy(await travel(), (trip) => trip.official));
export const remuneration = () => once('remuneration', () => records('remuneration'));
/** The money summed per year, newest first; the lines themselves are datasets. */
export const moneyYears = () =>
  once('money', async () => (await pageData()).money);
/** Signals in the order of the rules, then by date. */
export const signals = () =>
  once('signals', async () => {
    const site = await validatedSite();
    return [...(site.signals ?? [])].sort(signalOrder);
  });
/** The mandates the rules could not judge, with the reason (a start unknown), in the order of the rules. */
export const notJudged = () => once('notJudged', async () => (await validatedSite()).notJudged ?? []);
/** The lists of income and expenditure lines (their pages on disk: src/lib/records/line-store.ts). */
export const moneyLines = () => once('lines', async () => (await pageData()).lines);
/** Every piece of evidence of the signals with its record and address (src/lib/records/evidence.ts). */
export const evidenceRecords = () =>
  once('evidence', async () => {
    const entries = await agenda();
    return evidenceIndex({
      signals: await signals(),
      agenda: entries,
      agendaPages: agendaPagePaths(entries),
      gifts: await gifts(),
      remuneration: await remuneration(),
      officials: await officials(),
      declarations: await declarations(),
      declarationPages: await declarationPlaces(),
      complaints: await complaints(),
      lines: (await moneyLines()).found,
    });
  });
/** What each commit changed in each published kind of record, from git history: read once per build (the feeds read it first), cached between builds. */
export const changeHistory = () => once('changes', async () => siteChanges((await validatedSite()).dir));
/** The history of each record of a kind (first published, later changes), and the kind's commits newest first. */
export const recordHistory = (kind: KindName) =>
  once(`history:${kind}`, async () => {
    const commits = (await changeHistory()).kinds[kind];
    return { commits, newest: newestCommits(commits), histories: recordHistories(commits) };
  });
/** The last change of each record of a kind changed after its first publication (the "changed" mark of its row), worked out once. */
export const lastChangeOf = (kind: KindName) =>
  once(`lastChange:${kind}`, async () => {
    const { newest, histories } = await recordHistory(kind);
    return lastChanges(histories, newest);
  });
/** Where each record with a page or a row of its own is shown (for the changes pages), worked out once. */
export const recordPages = () =>
  once('recordPages', async () =>
    recordAddresses({ agenda: await agenda(), gifts: await gifts(), travel: await travel(), officials: await officials(), meetings: await meetings(), declarationPages: await declarationPlaces(), remuneration: await remuneration() }),
  );
export const datasets = () => once('datasets', async () => data(await getCollection('datasets')));
export const complaints = () => once('complaints', () => records('complaints'));

/** The minutes of a meeting in one language, as published HTML (sanitized; see src/lib/prose/). */
export async function minutesHtml(meeting: { minutes: Partial<Record<Lang, string>> }, lang: Lang): Promise<string | undefined> {
  const file = meeting.minutes[lang];
  return file ? proseHtml(file) : undefined;
}

/** Lookups by id that most pages need. */
export async function lookups() {
  return once('lookups', async () => {
    const people = await officials();
    const allBodies = await bodies();
    return {
      official: new Map(people.map((person) => [person.id, person])),
      body: new Map(allBodies.map((body) => [body.id, body])),
      post: new Map(allBodies.flatMap((body) => body.posts.map((post) => [post.id, post] as const))),
    };
  });
}

/** Names of officials by id, for tables and feeds. */
export const officialNames = () => once('officialNames', async () => new Map((await officials()).map((person) => [person.id, person.name])));
/** The first month of the organisation's calendars (all.ics, the officials'), or undefined when they hold every appointment. */
export const calendarFrom = () => once('calendarFrom', async () => allCalendarFrom((await agenda()).map((entry) => entry.date), today((await siteConfig()).timeZone)));
/** The agenda's filter index as published: its first file and the entries of the further ones (built once for all of them). */
export const agendaIndexFiles = () => once('agendaIndexFiles', async () => splitAgendaIndex(buildAgendaIndex(await agenda(), await officialNames(), (await siteConfig()).defaultLanguage, AGENDA_CATEGORIES, undefined, await organisationPlaces())));

/** Every organisation met, with its appointments (newest first) and who met it how often. */
export const organisationGroups = () => once('organisationGroups', async () => groupOrganisations(await agenda()));
/** Which organisations have a page of their own, and where each is read (`organisationPageFrom` in site.yaml). */
export const organisationPlaces = () => once('organisationPlaces', async () => placesOf(await organisationGroups(), (await siteConfig()).organisationPageFrom));
/** The entries of data/organisations.yaml (ids in public registers) by the slugs of their name and aliases. */
export const organisationIds = () => once('organisationIds', async () => organisationsBySlug(await records('organisations')));

/** The organisation's own pages (`content/pages/<page>.<lang>.md`), validated like every record. */
export const pages = () => once('pages', async () => (await validatedSite()).pages);

/** Which languages each organisation page is written in. */
export const pageLanguages = () =>
  once('pageLanguages', async () => {
    const written = new Map<string, Lang[]>();
    for (const { data } of await pages()) written.set(data.page, [...(written.get(data.page) ?? []), data.lang]);
    return written;
  });

/**
 * An organisation page in the reader's language, or else in the default language, or else in any
 * language it is written in; undefined when the organisation has not written it.
 */
export async function organisationPage(page: string, lang: Lang, defaultLang: Lang) {
  const written = (await pageLanguages()).get(page) ?? [];
  const shown = written.includes(lang) ? lang : written.includes(defaultLang) ? defaultLang : [...written].sort()[0];
  if (!shown) return undefined;
  const entry = (await pages()).find(({ data }) => data.page === page && data.lang === shown);
  return entry ? { page: entry.data, html: await proseHtml(entry.file), lang: shown, written } : undefined;
}
