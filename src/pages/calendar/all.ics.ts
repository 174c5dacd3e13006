/** `/calendar/all.ics`: every entry of the agenda as one iCalendar feed (RFC 5545). */
import type { APIRoute } from 'astro';
import { agenda, officialNames, siteConfig } from '../../collections.ts';
import { translator } from '../../i18n/index.ts';
import { agendaEvent } from '../../lib/feeds.ts';
import { writeCalendar } from '../../lib/ical.ts';
import { textOf } from '../../lib/localize.ts';

export const GET: APIRoute = async () => {
  const site = await siteConfig();
  const lang = site.defaultLanguage;
  const organisation = textOf(site.name, lang, lang);
  const names = await officialNames();
  const body = writeCalendar({
    prodId: `-//Vitrine//${organisation}//${lang.toUpperCase()}`,
    name: translator(lang)('feed.calendarAllName', { organisation }),
    timeZone: site.timeZone,
    events: [...(await agenda())].reverse().map((entry) => agendaEvent(entry, site, names, true)),
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
