/**
 * Checks what no single record can check alone: that ids are unique, that references point at records
 * that exist, and that no small donor is named.
 */
import type { Loaded, SiteData } from './load-site.ts';
import type { Problem } from './problems.ts';
import { formatAmount } from '../money/cents.ts';
import { checkValues } from './check-values.ts';

export function checkReferences(site: SiteData, officialIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (record: Loaded<unknown>, path: PropertyKey[], message: string) => {
    problems.push({ ...record.locate(path), field: path.map(String).join('.'), message });
  };

  const bodies = new Map(site.bodies.map((body) => [body.data.id, body.data]));
  const postBody = new Map<string, string>();
  for (const body of site.bodies) for (const post of body.data.posts) postBody.set(post.id, body.data.id);
  const officials = officialIds;
  const versions = new Set(site.site.ethicsCode.versions.map((version) => version.id));

  unique(site.bodies, (body) => body.id, 'body', problems);
  unique(
    site.bodies.flatMap((body) => body.data.posts.map((post, index) => ({ ...body, data: post, locate: (path: readonly PropertyKey[]) => body.locate(['posts', index, ...path]) }))),
    (post) => post.id,
    'post',
    problems,
  );
  unique(site.agenda, (entry) => entry.id, 'agenda entry', problems);
  unique(site.gifts, (gift) => gift.id, 'gift', problems);
  unique(site.income, (line) => line.id, 'income line', problems);
  unique(site.expenditure, (line) => line.id, 'expenditure line', problems);
  unique(site.remuneration, (row) => `${row.official} ${row.month}`, 'remuneration of this official for this month', problems, ['month']);
  unique(site.complaints, (row) => `${row.period} ${row.outcome}`, 'count for this period and outcome', problems, ['outcome']);

  const official = (record: Loaded<unknown>, path: PropertyKey[], value: string | undefined) => {
    if (value !== undefined && !officials.has(value)) at(record, path, `"${value}" is not an official: use the id of a file in data/officials/ (${hint(officials, value)})`);
  };

  for (const person of site.officials) {
    person.data.mandates.forEach((mandate, index) => {
      if (!bodies.has(mandate.body)) at(person, ['mandates', index, 'body'], `"${mandate.body}" is not a body: use an id from bodies.yaml (${hint(bodies.keys(), mandate.body)})`);
      const owner = postBody.get(mandate.post);
      if (!owner) at(person, ['mandates', index, 'post'], `"${mandate.post}" is not a post: use a post id from bodies.yaml (${hint(postBody.keys(), mandate.post)})`);
      else if (bodies.has(mandate.body) && owner !== mandate.body) at(person, ['mandates', index, 'post'], `"${mandate.post}" is a post of ${owner}, not of ${mandate.body}: fix the post or the body`);
    });
    person.data.signatures.forEach((signature, index) => {
      if (!versions.has(signature.version)) at(person, ['signatures', index, 'version'], `"${signature.version}" is not a version of the code: use one listed under ethicsCode in site.yaml (${[...versions].join(', ')})`);
    });
  }
  for (const entry of site.agenda) entry.data.officials.forEach((id, index) => official(entry, ['officials', index], id));
  for (const meeting of site.meetings) {
    if (!bodies.has(meeting.data.body)) at(meeting, ['body'], `"${meeting.data.body}" is not a body: use an id from bodies.yaml (${hint(bodies.keys(), meeting.data.body)})`);
    for (const list of ['present', 'excused', 'absent'] as const) meeting.data[list]?.forEach((id, index) => official(meeting, [list, index], id));
  }
  for (const declaration of site.declarations) {
    if (!officials.has(declaration.data.official)) {
      problems.push({ file: declaration.file, line: 1, column: 1, field: '', message: `"${declaration.data.official}" is not an official: name the file after an id in data/officials/` });
    }
  }
  for (const gift of site.gifts) official(gift, ['official'], gift.data.official);
  for (const row of site.remuneration) official(row, ['official'], row.data.official);
  for (const line of site.expenditure) official(line, ['official'], line.data.official);

  // Donors at or under the publication threshold are aggregated and never named, in the data too.
  // This refusal is the only guard for the published datasets: src/lib/datasets/rows.ts writes every
  // income line as it was validated, donorName included, and nothing is published while a problem is
  // left (the build stops, the import skips the row). So every line that carries a name is checked here:
  // one without a donor reference cannot be checked against the threshold and is refused as well.
  const threshold = site.site.rules.donationPublicationThreshold;
  const totals = new Map<string, number>();
  for (const line of site.income) if (line.data.donor) {
    const key = `${line.data.date.slice(0, 4)} ${line.data.donor}`;
    totals.set(key, (totals.get(key) ?? 0) + line.data.amount);
  }
  for (const line of site.income) {
    if (line.data.donorName === undefined) continue;
    if (!line.data.donor) {
      at(line, ['donorName'], `names a donor without a donor reference: add the donor's reference in donor, e.g. d-0042, so that their yearly total can be checked against the publication threshold`);
      continue;
    }
    const total = totals.get(`${line.data.date.slice(0, 4)} ${line.data.donor}`) ?? 0;
    if (total <= threshold) {
      at(line, ['donorName'], `names a donor who gave ${formatAmount(total)} in ${line.data.date.slice(0, 4)}, not above the publication threshold of ${formatAmount(threshold)}: remove the name, small donors are never named`);
    }
  }
  problems.push(...checkValues(site));
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
