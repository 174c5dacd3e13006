/**
 * `/organisations-index.json`: every organisation met, with its count, last date and the officials who met
 * it most often, in the order of the organisations' index page (met most often first), for the name
 * filter of that page (see src/lib/agenda/organisation-index.ts for the format).
 */
import type { APIRoute } from 'astro';
import { officialNames, organisationGroups, siteConfig } from '../collections.ts';
import { buildOrganisationIndex } from '../lib/agenda/organisation-index.ts';

export const GET: APIRoute = async () => {
  const index = buildOrganisationIndex(await organisationGroups(), await officialNames(), (await siteConfig()).organisationPageFrom);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
