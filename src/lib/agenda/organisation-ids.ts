/**
 * Organisations with their ids in public registers (`data/organisations.yaml`), matched to the
 * organisations the agenda names by the slug of their pages (`organisationSlug`): an entry's name and
 * each of its aliases. Two entries never claim the same slug (a problem); an entry that matches no
 * organisation of the agenda is a warning. Nothing is merged: an alias only lends the entry's ids to the
 * page of that spelling.
 */
import type { Loaded } from '../loading/load-site.ts';
import type { Problem } from '../loading/problems.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { REGISTER_LINKS, REGISTERS, type Register } from '../../schemas/register-ids.ts';
import { organisationSlug, type Met } from './organisations.ts';

/** The slugs an entry claims: its name's, then its aliases', each once. */
export function slugsOf(organisation: Pick<Organisation, 'name' | 'aliases'>): string[] {
  return [...new Set([organisation.name, ...organisation.aliases].map((name) => organisationSlug(name.trim())))];
}

/** Each slug with the entry that claims it (the first, if two do: that is a problem reported by `organisationProblems`). */
export function organisationsBySlug<O extends Pick<Organisation, 'name' | 'aliases'>>(organisations: Iterable<O>): Map<string, O> {
  const bySlug = new Map<string, O>();
  for (const organisation of organisations) for (const slug of slugsOf(organisation)) if (!bySlug.has(slug)) bySlug.set(slug, organisation);
  return bySlug;
}

/** Two entries claiming the same name or alias (after the slug's normalisation) are refused at the second. */
export function organisationProblems(records: ReadonlyArray<Loaded<Organisation>>): Problem[] {
  const problems: Problem[] = [];
  const claimed = new Map<string, { name: string; line: number }>();
  for (const record of records) {
    const spellings: Array<[string, PropertyKey[]]> = [[record.data.name, ['name']], ...record.data.aliases.map((alias, index): [string, PropertyKey[]] => [alias, ['aliases', index]])];
    const own = new Set<string>();
    for (const [spelling, path] of spellings) {
      const slug = organisationSlug(spelling.trim());
      if (own.has(slug)) continue;
      own.add(slug);
      const earlier = claimed.get(slug);
      if (earlier) {
        problems.push({
          ...record.locate(path),
          field: path.map(String).join('.'),
          message: `"${spelling}" is already claimed by the organisation "${earlier.name}" at line ${earlier.line} (names that differ only in case, accents or punctuation are one organisation): keep one entry and move the other's ids into it`,
        });
      } else claimed.set(slug, { name: record.data.name, line: record.line });
    }
  }
  return problems;
}

/** Entries that match no organisation of the agenda: warnings, as the agenda may name them later. */
export function unmatchedOrganisations(records: ReadonlyArray<Loaded<Organisation>>, agenda: Iterable<Pick<Met, 'organisations'>>): Problem[] {
  const met = new Set<string>();
  for (const entry of agenda) for (const name of entry.organisations ?? []) if (name.trim() !== '') met.add(organisationSlug(name.trim()));
  return records
    .filter((record) => !slugsOf(record.data).some((slug) => met.has(slug)))
    .map((record) => ({
      ...record.locate(['name']),
      field: 'name',
      message: `"${record.data.name}" matches no organisation of the agenda: check its spelling against the agenda, or add the spelling the agenda uses under aliases`,
    }));
}

/** How many appointments each entry's organisation had, under its name or any alias (an appointment counts once). */
export function appointmentCounts<O extends Pick<Organisation, 'name' | 'aliases'>>(organisations: readonly O[], agenda: Iterable<Pick<Met, 'organisations'>>): Map<O, number> {
  const bySlug = organisationsBySlug(organisations);
  const counts = new Map<O, number>(organisations.map((organisation) => [organisation, 0]));
  for (const entry of agenda) {
    const seen = new Set<O>();
    for (const name of entry.organisations ?? []) {
      const organisation = name.trim() === '' ? undefined : bySlug.get(organisationSlug(name.trim()));
      if (organisation && !seen.has(organisation)) {
        seen.add(organisation);
        counts.set(organisation, (counts.get(organisation) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The ids of an entry, in the registers' order, each with its public page. */
export function registerLinks(organisation: { readonly [R in Register]?: string | undefined }): Array<{ register: Register; id: string; href: string }> {
  return REGISTERS.flatMap((register) => {
    const id = organisation[register];
    return id === undefined ? [] : [{ register, id, href: REGISTER_LINKS[register](id) }];
  });
}
