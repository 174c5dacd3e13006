/**
 * `/agenda-index.json`: every agenda entry in the compact, dictionary-encoded form that the agenda's
 * filters load on first use (see src/lib/agenda/filter.ts for the format), with the page of its month
 * that shows it: built from the same list, in the same order, as the month pages. More than
 * INDEX_PART_SIZE entries go on in further files (agenda-index-[part].json.ts), which this one lists.
 */
import type { APIRoute } from 'astro';
import { agendaIndexFiles } from '../collections.ts';

export const GET: APIRoute = async () => {
  const { main } = await agendaIndexFiles();
  return new Response(JSON.stringify(main), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
