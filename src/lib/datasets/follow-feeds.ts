/**
 * Writes the Atom feeds to follow (RFC 4287) into `<root>/feeds/<lang>/` for each language of the site:
 * `officials/<official-id>.atom` (an official's appointments, declarations, gifts, pay months and signals,
 * and the changes to their records after publication, from git history: changes-view.ts),
 * `rules/<rule-id>.atom` (the signals of one rule) and `signals.atom` (every signal), each the newest
 * `FOLLOW_LIMIT` records (src/lib/feeds/follow.ts). Written by the build script beside the calendars, so
 * that they read the git history the rules read (once) and never hold more than one feed's text.
 * A feed's `updated` is its newest entry's; a feed without entries takes the day the organisation's files
 * last changed in git (else the build's day), at 00:00 in the site's time zone: never the clock's time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { translator } from '../../i18n/index.ts';
import { newestFirst } from '../agenda/order.ts';
import { agendaPagePaths, agendaPlaces } from '../agenda/pages.ts';
import { writeAtom, type AtomEntry } from '../feeds/atom.ts';
import { atomDate, entryOf, feedPath, selectFollowed, type FollowContext } from '../feeds/follow.ts';
import { absolute } from '../feeds/items.ts';
import { changesByOfficial, recordAddresses } from '../history/changes-view.ts';
import { lastChanged } from '../history/git-dates.ts';
import { siteChanges } from '../history/history-cache.ts';
import { groupBy } from '../loading/group.ts';
import type { SiteData } from '../loading/load-site.ts';
import { today } from '../loading/today.ts';
import { textOf } from '../locale/localize.ts';
import { evidenceIndex } from '../records/evidence.ts';
import { RULES } from '../rules/index.ts';
import { declarationPages, declarationsPageSize } from '../interests/declaration-pages.ts';
import { agendaPublished } from '../rules/signals.ts';

/** Feeds being written at once while the next are made (one after the other, P's 2,100 feeds left the build waiting on each file). */
const WRITING = 16;

export interface WrittenFeeds {
  /** Files written, in every language. */
  files: number;
  /** Entries written in all of them. */
  entries: number;
  bytes: number;
}

export async function writeFollowFeeds(site: SiteData, root: string): Promise<WrittenFeeds> {
  const config = site.site;
  const published = agendaPublished(site);
  const agenda = site.agenda.map((record) => record.data).sort(newestFirst);
  const places = agendaPlaces(agenda);
  const agendaPages = new Map([...places].map(([id, place]) => [id, place.page]));
  const signals = site.signals ?? [];
  const officials = site.officials.map((record) => record.data);
  const names = new Map(officials.map((person) => [person.id, person.name]));
  const declared = site.declarations.map((record) => record.data);
  const declarationPlaces = declarationPages(declared, officials, declarationsPageSize(process.env.VITRINE_DECLARATIONS_PAGE_SIZE));
  const posts = new Map(site.bodies.flatMap((body) => body.data.posts.map((post) => [post.id, post] as const)));
  // The signals' records in words (money lines are not read here: their evidence is named by its subject).
  const evidence = evidenceIndex({
    signals,
    agenda,
    agendaPages: agendaPagePaths(agenda),
    gifts: site.gifts.map((record) => record.data),
    remuneration: site.remuneration.map((record) => record.data),
    officials,
    declarations: declared,
    declarationPages: declarationPlaces,
    complaints: site.complaints.map((record) => record.data),
    lines: new Map(),
  });
  const byOfficial = {
    agenda: groupBy(agenda, (entry) => entry.officials),
    declarations: groupBy(declared, (declaration) => declaration.official),
    gifts: groupBy(site.gifts.map((record) => record.data), (gift) => gift.official),
    remuneration: groupBy(site.remuneration.map((record) => record.data), (row) => row.official),
    signals: groupBy(signals, (signal) => signal.official ?? ''),
  };
  // Changes to each official's records, from the history read once per build (the changes feeds read it too).
  const changes = changesByOfficial(siteChanges(site.dir).kinds);
  const addresses = recordAddresses({
    agenda,
    gifts: site.gifts.map((record) => record.data),
    travel: site.travel.map((record) => record.data),
    officials,
    meetings: site.meetings.map((record) => record.data),
    declarationPages: declarationPlaces,
    remuneration: site.remuneration.map((record) => record.data),
  });
  const byRule = groupBy(signals, (signal) => signal.rule);
  const empty = atomDate(lastChanged(site.dir, ['.']) ?? today(config.timeZone), config.timeZone);
  const timeZone = config.timeZone;
  // Chosen once for every language: the newest records of each feed.
  const chosen = {
    officials: officials.map((person) => ({
      person,
      items: selectFollowed(
        {
          agenda: byOfficial.agenda.get(person.id),
          declarations: byOfficial.declarations.get(person.id),
          gifts: byOfficial.gifts.get(person.id),
          remuneration: byOfficial.remuneration.get(person.id),
          signals: byOfficial.signals.get(person.id),
          changes: changes.get(person.id),
        },
        published,
        timeZone,
      ),
    })),
    rules: RULES.map((rule) => ({ rule, items: selectFollowed({ signals: byRule.get(rule.id) }, published, timeZone) })),
    signals: selectFollowed({ signals }, published, timeZone),
  };

  const written: WrittenFeeds = { files: 0, entries: 0, bytes: 0 };
  const writing: Array<Promise<void>> = [];
  const folders = new Map<string, Promise<unknown>>();
  const feedSite = { baseUrl: config.baseUrl, defaultLanguage: config.defaultLanguage, timeZone, currency: config.currency };
  for (const lang of config.languages) {
    const t = translator(lang);
    const organisation = textOf(config.name, lang, config.defaultLanguage);
    const context: FollowContext = { site: feedSite, lang, names, posts, evidence, agendaPages, declarationPages: declarationPlaces, addresses };
    const author = { name: organisation, uri: absolute(config.baseUrl, `${lang}/`) };
    const write = async (path: string, title: string, page: string, entries: AtomEntry[]) => {
      const self = absolute(config.baseUrl, path);
      const text = writeAtom({ id: self, title, lang, updated: entries[0]?.updated ?? empty, author, self, alternate: absolute(config.baseUrl, page), entries });
      // The next feeds are made while this one is written: up to `WRITING` files on their way at once.
      if (writing.length >= WRITING) await writing.shift();
      const pending = (async () => {
        const folder = dirname(join(root, path));
        if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
        await folders.get(folder);
        await writeFile(join(root, path), text);
      })();
      // A failure is thrown where this write is awaited, not reported as unhandled before.
      pending.catch(() => undefined);
      writing.push(pending);
      written.files += 1;
      written.entries += entries.length;
      written.bytes += Buffer.byteLength(text);
    };
    for (const { person, items } of chosen.officials) {
      await write(feedPath(lang, { official: person.id }), t('follow.officialTitle', { name: person.name, organisation }), `${lang}/officials/${person.id}/`, items.map((item) => entryOf(item, context)));
    }
    for (const { rule, items } of chosen.rules) {
      await write(feedPath(lang, { rule: rule.id }), t('follow.ruleTitle', { rule: rule.title[lang], organisation }), `${lang}/rules/${rule.id}/`, items.map((item) => entryOf(item, context)));
    }
    await write(feedPath(lang, 'signals'), t('follow.signalsTitle', { organisation }), `${lang}/rules/`, chosen.signals.map((item) => entryOf(item, context)));
  }
  await Promise.all(writing);
  return written;
}

