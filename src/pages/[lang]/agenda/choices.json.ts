/**
 * `/<lang>/agenda/choices.json`: the officials and topics the agenda's filter offers, in the language, which
 * the filter's form on every month page loads when its script starts (src/components/AgendaFilter.astro).
 */
import type { APIRoute } from 'astro';
import { agenda, languagePaths, officials } from '../../../collections.ts';
import { agendaFilterChoices } from '../../../lib/agenda/filter-options.ts';
import type { Lang } from '../../../schemas/fields.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(agendaFilterChoices(await agenda(), await officials(), params.lang as Lang)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
