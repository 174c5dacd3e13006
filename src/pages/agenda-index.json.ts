/**
 * `/agenda-index.json`: every agenda entry in the compact, dictionary-encoded form that the agenda's
 * filters load on first use (see src/lib/agenda/filter.ts for the format), with the page of its month
 * that shows it: built from the same list, in the same order, as the month pages.
 */
import type { APIRoute } from 'astro';
import { agenda, officialNames, siteConfig } from '../collections.ts';
import { buildAgendaIndex } from '../lib/agenda/filter.ts';
import { AGENDA_CATEGORIES } from '../schemas/agenda.ts';

export const GET: APIRoute = async () => {
  const site = await siteConfig();
  const index = buildAgendaIndex(await agenda(), await officialNames(), site.defaultLanguage, AGENDA_CATEGORIES);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
