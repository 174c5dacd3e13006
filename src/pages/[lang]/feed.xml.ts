/** `/<lang>/feed.xml`: the newest agenda entries and minutes as an RSS 2.0 feed in one language. */
import type { APIRoute } from 'astro';
import { agenda, languagePaths, lookups, meetings, officialNames, siteConfig } from '../../collections.ts';
import { translator } from '../../i18n/index.ts';
import { agendaPlaces } from '../../lib/agenda/pages.ts';
import { absolute, agendaItem, byPublished, minutesItem, selectNews } from '../../lib/feeds/items.ts';
import { textOf } from '../../lib/locale/localize.ts';
import { writeRss } from '../../lib/feeds/rss.ts';
import { today } from '../../lib/loading/today.ts';
import type { Lang } from '../../schemas/fields.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const site = await siteConfig();
  const t = translator(lang);
  const name = textOf(site.name, lang, site.defaultLanguage);
  const names = await officialNames();
  const { body } = await lookups();
  const entries = await agenda();
  // Each entry's link goes to the page of its month that shows it.
  const places = agendaPlaces(entries);
  const news = selectNews(entries, await meetings(), today(site.timeZone));
  const items = byPublished([
    ...news.entries.map((entry) => agendaItem(entry, lang, site, names, places.get(entry.id)?.page)),
    ...news.meetings.map((meeting) => minutesItem(meeting, lang, site, body.get(meeting.body)?.name)),
  ]);
  const xml = writeRss({
    title: t('feed.title', { name }),
    link: absolute(site.baseUrl, `${lang}/`),
    description: t('feed.description', { name }),
    language: lang,
    self: absolute(site.baseUrl, `${lang}/feed.xml`),
    items,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
