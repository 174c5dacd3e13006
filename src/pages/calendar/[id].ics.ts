/**
 * `/calendar/<official-id>.ics`: one official's diary as an iCalendar feed (RFC 5545), with every entry
 * of the agenda that names them, for calendar apps to subscribe to.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agenda, officialNames, officials, siteConfig } from '../../collections.ts';
import { translator } from '../../i18n/index.ts';
import { agendaEvent } from '../../lib/feeds.ts';
import { groupBy } from '../../lib/group.ts';
import { writeCalendar } from '../../lib/ical.ts';
import { textOf } from '../../lib/localize.ts';
import type { AgendaEntry } from '../../schemas/agenda.ts';
import type { Official } from '../../schemas/official.ts';

export const getStaticPaths = (async () => {
  const byOfficial = groupBy(await agenda(), (entry) => entry.officials);
  // `all` is the calendar of every official (all.ics.ts).
  return (await officials())
    .filter((person) => person.id !== 'all')
    .map((person) => ({ params: { id: person.id }, props: { person, entries: byOfficial.get(person.id) ?? [] } }));
}) satisfies GetStaticPaths;

interface Props {
  person: Official;
  entries: AgendaEntry[];
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const site = await siteConfig();
  const lang = site.defaultLanguage;
  const organisation = textOf(site.name, lang, lang);
  const names = await officialNames();
  const body = writeCalendar({
    prodId: `-//Vitrine//${organisation}//${lang.toUpperCase()}`,
    name: translator(lang)('feed.calendarName', { name: props.person.name, organisation }),
    timeZone: site.timeZone,
    // Oldest first, as calendar files usually are.
    events: [...props.entries].reverse().map((entry) => agendaEvent(entry, site, names)),
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
