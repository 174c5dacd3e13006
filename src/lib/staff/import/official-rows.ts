/**
 * Officials from a table with one row per mandate (name, sortName, party, email, website, photo, then
 * post, body, selection, start, end, paid): the rows of one person are grouped by id or name, an
 * official already in `data/officials/` is found by name (or the mapping's `officials:`), and the
 * mandates are planned by `plan-officials.ts`.
 */
import { z } from 'zod';
import { describe, id } from '../../../schemas/fields.ts';
import { mandateSchema, officialSchema } from '../../../schemas/official.ts';
import type { Mapping } from './mapping.ts';
import { slugify } from './normalise.ts';
import type { Organisation } from './organisation.ts';
import { planOfficials, type OfficialItem } from './plan-officials.ts';
import { flatFields, mapRow } from './rows.ts';
import { rowsWithOutcomes, startTable, type OpenedSource } from './source.ts';
import { emptyResult, type ImportResult } from './types.ts';

/** One row of an officials file: the official, then one mandate. */
export const officialRowSchema = z.object({
  id: describe(id, 'Id of the official (the file name); made from the name when empty').optional(),
  ...officialSchema.omit({ mandates: true, signatures: true }).shape,
  ...mandateSchema.shape,
});

const PERSON = Object.keys(officialSchema.omit({ mandates: true, signatures: true }).shape);

export function planOfficialRows(org: Organisation, source: OpenedSource, given: Mapping, files: { source: string; mapping?: string; siteDir: string }): ImportResult {
  const result = emptyResult('officials', files.source);
  const fields = flatFields(officialRowSchema);
  const mapping = startTable(result, source, given, fields.map((field) => field.name), files.mapping);
  if (!mapping) return result;
  const items: OfficialItem[] = [];
  const byName = new Map<string, { line: number; body: string }>();
  for (const { row, outcome } of rowsWithOutcomes(result, source, mapping)) {
    const mapped = mapRow(row.cells, { mapping, fields, finder: org.finder, officialFields: [], organisationFields: [], numeric: source.numeric, currency: org.site.site.currency, ...(row.typed ? { typed: row.typed } : {}) });
    outcome.problems.push(...mapped.problems);
    const values = mapped.values;
    if (!values.name && !values.id) {
      outcome.problems.push({ field: 'name', message: 'is required' });
      continue;
    }
    const officialId = values.id ?? org.finder.find(values.name ?? '') ?? slugify(values.name ?? '');
    // Without an id column, rows are one person by their name alone: said when that joins two bodies, where homonyms sit.
    const earlier = values.id === undefined ? byName.get(officialId) : undefined;
    if (earlier !== undefined && values.body !== undefined && earlier.body !== values.body) outcome.notes = [`has the name of line ${earlier.line} (in ${earlier.body}): taken as the same official, ${officialId}; if they are two people of one name, give each their own id in an id column`];
    if (values.id === undefined && !byName.has(officialId)) byName.set(officialId, { line: row.line, body: values.body ?? '' });
    const person = Object.fromEntries(Object.entries(values).filter(([name]) => PERSON.includes(name)));
    const mandate = Object.fromEntries(Object.entries(values).filter(([name]) => !PERSON.includes(name) && name !== 'id'));
    items.push({ outcome, officialId, person, ...(Object.keys(mandate).length ? { mandate } : {}), columnOf: mapped.columnOf });
  }
  result.changes.push(...planOfficials(org, items, files.siteDir, `\u0000import:${files.source}`));
  result.outcomes.sort((a, b) => a.order - b.order);
  return result;
}
