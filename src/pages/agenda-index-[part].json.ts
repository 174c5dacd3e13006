/**
 * `/agenda-index-2.json`, `-3`, …: the further entries of the agenda's index when there are more than fit
 * one file (src/lib/agenda/filter.ts, `splitAgendaIndex`), listed by `/agenda-index.json` under `parts`.
 */
import type { APIRoute } from 'astro';
import { agendaIndexFiles } from '../collections.ts';

export async function getStaticPaths() {
  const { parts } = await agendaIndexFiles();
  return parts.map((entries, position) => ({ params: { part: String(position + 2) }, props: { entries } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify({ entries: props.entries }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
