/**
 * Checks what no single record can check alone: that ids are unique, that references point at records
 * that exist, and that no small donor is named. Which kinds are unique by what, and where references
 * are, comes from the registry (src/schemas/kinds.ts) and the schemas' `ref` meta (src/schemas/refs.ts).
 */
import type { RefTarget } from '../../schemas/fields.ts';
import { identityOf, KIND_LIST, refsOf, type KindName } from '../../schemas/kinds.ts';
import { REF_TARGETS, refsIn } from '../../schemas/refs.ts';
import type { Loaded, SiteData } from './load-site.ts';
import type { Problem } from './problems.ts';
import { formatAmount } from '../money/cents.ts';
import { financialYearKey } from '../money/financial-year.ts';
import { checkValues } from './check-values.ts';
import { organisationProblems } from '../agenda/organisation-ids.ts';

export function checkReferences(site: SiteData, officialIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (record: Loaded<unknown>, path: PropertyKey[], message: string) => {
    problems.push({ ...record.locate(path), field: path.map(String).join('.'), message });
  };
  const records = (kind: KindName) => (kind === 'site' || kind === 'signals' ? [] : site[kind]) as Array<Loaded<Record<string, unknown>>>;

  const bodies = new Map(site.bodies.map((body) => [body.data.id, body.data]));
  const postBody = new Map<string, string>();
  for (const body of site.bodies) for (const post of body.data.posts) postBody.set(post.id, body.data.id);
  // The ids each kind of reference may take: an official whose file has errors is still an official.
  const known: Record<RefTarget, ReadonlySet<string>> = {
    official: officialIds,
    body: new Set(bodies.keys()),
    post: new Set(postBody.keys()),
    'code version': new Set((site.site.ethicsCode?.versions ?? []).map((version) => version.id)),
  };

  // Records of a kind told apart by their identity (the registry's `unique`), and posts, which sit in their body.
  for (const kind of KIND_LIST) {
    if (kind.unique === undefined) continue;
    unique(records(kind.name), (data) => identityOf(kind.name, data), kind.unique, problems, [kind.identity.at(-1) ?? 'id']);
  }
  unique(
    site.bodies.flatMap((body) => body.data.posts.map((post, index) => ({ ...body, data: post, locate: (path: readonly PropertyKey[]) => body.locate(['posts', index, ...path]) }))),
    (post) => post.id,
    'post',
    problems,
  );

  // Every reference the schemas declare (their `ref` meta) points at a record that exists.
  for (const kind of KIND_LIST) {
    const paths = refsOf(kind.name);
    if (paths.length === 0) continue;
    for (const record of records(kind.name)) {
      for (const ref of refsIn(record.data, paths)) {
        const ids = known[ref.target];
        if (ids.has(ref.value)) continue;
        const { noun, fix, suggest } = REF_TARGETS[ref.target];
        at(record, ref.path, `"${ref.value}" is not ${noun}: ${fix} (${suggest === 'all' ? [...ids].join(', ') : hint(ids, ref.value)})`);
      }
    }
  }
  // A mandate's post belongs to its body; a declaration is named after an official (its file name, not a field).
  for (const person of site.officials) {
    person.data.mandates.forEach((mandate, index) => {
      const owner = postBody.get(mandate.post);
      if (owner && bodies.has(mandate.body) && owner !== mandate.body) at(person, ['mandates', index, 'post'], `"${mandate.post}" is a post of ${owner}, not of ${mandate.body}: fix the post or the body`);
    });
  }
  for (const declaration of site.declarations) {
    if (!officialIds.has(declaration.data.official)) {
      problems.push({ file: declaration.file, line: 1, column: 1, field: '', message: `"${declaration.data.official}" is not an official: name the file after an id in data/officials/` });
    }
  }

  // Donors at or under the publication threshold are aggregated and never named, in the data too.
  // This refusal is the only guard for the published datasets: src/lib/datasets/rows.ts writes every
  // income line as it was validated, donorName included, and nothing is published while a problem is
  // left (the build stops, the import skips the row). So every line that carries a name is checked here:
  // one without a donor reference cannot be checked against the threshold and is refused as well.
  // A donor's total is that of a financial year, as the money pages count it (src/lib/money/financial-year.ts).
  const threshold = site.site.rules.donationPublicationThreshold;
  const yearOfLine = (date: string) => financialYearKey(date, site.site.financialYearStart);
  const totals = new Map<string, number>();
  for (const line of site.income) if (line.data.donor) {
    const key = `${yearOfLine(line.data.date)} ${line.data.donor}`;
    totals.set(key, (totals.get(key) ?? 0) + line.data.amount);
  }
  for (const line of site.income) {
    if (line.data.donorName === undefined) continue;
    if (!line.data.donor) {
      at(line, ['donorName'], `names a donor without a donor reference: add the donor's reference in donor, e.g. d-0042, so that their yearly total can be checked against the publication threshold`);
      continue;
    }
    const total = totals.get(`${yearOfLine(line.data.date)} ${line.data.donor}`) ?? 0;
    if (total <= threshold) {
      at(line, ['donorName'], `names a donor who gave ${formatAmount(total)} in ${yearOfLine(line.data.date)}, not above the publication threshold of ${formatAmount(threshold)}: remove the name, small donors are never named`);
    }
  }
  problems.push(...checkValues(site));
  // Two entries of organisations.yaml never claim one name or alias.
  problems.push(...organisationProblems(site.organisations ?? []));
  return problems;
}

function unique<T>(records: Loaded<T>[], key: (data: T) => string, what: string, problems: Problem[], path: PropertyKey[] = ['id']): void {
  const seen = new Map<string, Loaded<T>>();
  for (const record of records) {
    const value = key(record.data);
    const first = seen.get(value);
    if (first) {
      problems.push({ ...record.locate(path), field: path.map(String).join('.'), message: `repeats the ${what} "${value}" of ${first.file}:${first.line}: give each record its own` });
    } else seen.set(value, record);
  }
}

/** A short suggestion: the closest known ids. */
function hint(known: Iterable<string>, value: string): string {
  const all = [...known];
  const close = all.filter((candidate) => candidate.startsWith(value.slice(0, 3)) || value.startsWith(candidate.slice(0, 3))).slice(0, 3);
  return close.length ? `did you mean ${close.join(' or ')}?` : `known: ${all.slice(0, 5).join(', ')}${all.length > 5 ? ', …' : ''}`;
}
