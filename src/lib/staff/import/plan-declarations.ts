/**
 * Plans the import of side positions into yearly declarations: `data/declarations/<year>/<official>.yaml`.
 * A declaration that exists gets only the positions it lacks (same organisation and role = already
 * there), through its YAML document; a new declaration needs the day it was submitted (a column, or
 * `fixed: { submitted: … }` in the mapping). Each position is validated with the project's schemas.
 * A register links the declaration as a whole: a row's `sourceUrl` (a column or `template:`) goes to the
 * declaration it makes; a declaration there without one is not changed (the report says so), and a row
 * naming another page than the declaration's is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { declarationSchema, sidePositionSchema } from '../../../schemas/declaration.ts';
import { describe, isoDate, ref, year } from '../../../schemas/fields.ts';
import { sourceUrl } from '../../../schemas/source-url.ts';
import { validateRecord } from '../../loading/validate-record.ts';
import { contentIdentity } from './kinds.ts';
import type { Mapping } from './mapping.ts';
import { nest, type Organisation } from './organisation.ts';
import { flatFields, mapRow } from './rows.ts';
import { rowsWithOutcomes, startTable, type OpenedSource } from './source.ts';
import { emptyResult, type ImportResult } from './types.ts';
import { appendToList, yamlRecord, yamlText } from './yaml-write.ts';

/** One row of a side-positions file: whose declaration, which year, and the position. */
export const sidePositionRowSchema = z.object({
  official: describe(ref('official', 'an-verlinden'), 'Id (or name) of the official who declares the position'),
  year: describe(year, 'Year of the declaration'),
  submitted: describe(isoDate, 'Day the declaration was submitted (needed for a new declaration)').optional(),
  ...sidePositionSchema.shape,
  sourceUrl,
});

export function planSidePositions(org: Organisation, source: OpenedSource, given: Mapping, files: { source: string; mapping?: string; siteDir: string }): ImportResult {
  const result = emptyResult('side-positions', files.source);
  const fields = flatFields(sidePositionRowSchema);
  const mapping = startTable(result, source, given, fields.map((field) => field.name), files.mapping);
  if (!mapping) return result;
  const site = org.site;
  const marker = `\u0000import:${files.source}`;
  const texts = new Map<string, { text: string; exists: boolean; added: number; rows: Array<{ position: Record<string, unknown>; line: number }>; sourceUrl?: { url: string; line: number } }>();
  const positionFields = Object.keys(sidePositionSchema.shape);
  const identity = contentIdentity(sidePositionSchema);
  const stated = new Set([...Object.keys(mapping.columns), ...Object.keys(mapping.fixed)]);
  const same = (a: Record<string, unknown>, b: Record<string, unknown>) => identity.key(a, stated) === identity.key(b, stated) && identity.same(a, b, site.site.defaultLanguage, stated);

  for (const { row, outcome } of rowsWithOutcomes(result, source, mapping)) {
    const mapped = mapRow(row.cells, { mapping, fields, finder: org.finder, officialFields: ['official'], organisationFields: [], numeric: source.numeric, currency: org.site.site.currency, ...(row.typed ? { typed: row.typed } : {}) });
    outcome.problems.push(...mapped.problems);
    const validated = validateRecord(sidePositionRowSchema, nest(mapped.values, site.site.defaultLanguage), () => ({ file: marker, line: row.line, column: 1 }));
    const flagged = new Set(mapped.problems.map((p) => p.field));
    for (const p of validated.problems) if (!flagged.has(p.field)) outcome.problems.push({ field: p.field, ...(mapped.columnOf(p.field) ? { column: mapped.columnOf(p.field) as string } : {}), message: p.message });
    const data = validated.data;
    if (outcome.problems.length || !data) continue;
    if (!org.officialIds.has(data.official)) {
      outcome.problems.push({ field: 'official', message: `"${data.official}" is not an official: use the id of a file in data/officials/` });
      continue;
    }
    const path = `data/declarations/${data.year}/${data.official}.yaml`;
    const declaration = site.declarations.find((d) => d.data.official === data.official && d.data.year === data.year);
    const there = declaration?.data.sidePositions.findIndex((p) => same(p, data)) ?? -1;
    // The declaration's page in the register: the one it has, or the one a row before gave the new declaration.
    const linked = declaration ? declaration.data.sourceUrl : texts.get(path)?.sourceUrl?.url;
    if (data.sourceUrl !== undefined && linked !== undefined && linked !== data.sourceUrl) {
      const at = declaration ? `${path}:${declaration.locate(['sourceUrl']).line}` : `${files.source}:${texts.get(path)?.sourceUrl?.line ?? ''}`;
      outcome.problems.push({ field: 'sourceUrl', ...(mapped.columnOf('sourceUrl') ? { column: mapped.columnOf('sourceUrl') as string } : {}), message: `is ${data.sourceUrl}, but the declaration's page in the register is ${linked} (${at}): one declaration has one page; correct the row or that link` });
      continue;
    }
    if (data.sourceUrl !== undefined && declaration && linked === undefined) outcome.notes = [...(outcome.notes ?? []), `sourceUrl: the declaration there has no source link; the import changes nothing there: add ${data.sourceUrl} to ${path} by hand if it is its page`];
    if (declaration && there !== -1) {
      Object.assign(outcome, { status: 'already there', record: `${data.official} ${data.year}: ${data.role}, ${data.organisation}`, target: `${path}:${declaration.locate(['sidePositions', there]).line}` });
      continue;
    }
    const position = yamlRecord(sidePositionSchema, Object.fromEntries(Object.entries(mapped.values).filter(([name]) => positionFields.includes(name))), data, site.site.defaultLanguage);
    let entry = texts.get(path);
    if (!entry) {
      const exists = existsSync(join(files.siteDir, path));
      entry = { text: exists ? readFileSync(join(files.siteDir, path), 'utf8') : '', exists, added: 0, rows: [] };
      if (!exists) {
        const fresh = validateRecord(declarationSchema, { submitted: data.submitted }, () => ({ file: marker, line: row.line, column: 1 }));
        if (!fresh.data) {
          outcome.problems.push({ field: 'submitted', ...(mapped.columnOf('submitted') ? { column: mapped.columnOf('submitted') as string } : {}), message: `is required for a new declaration (${path}): add a column with the day it was submitted, or fixed: { submitted: YYYY-MM-DD } in the mapping file` });
          continue;
        }
        entry.text = yamlText({ submitted: data.submitted, ...(data.sourceUrl !== undefined ? { sourceUrl: data.sourceUrl } : {}), income: [], assets: [], capitalGains: [], sidePositions: [] });
        if (data.sourceUrl !== undefined) entry.sourceUrl = { url: data.sourceUrl, line: row.line };
      }
      texts.set(path, entry);
    } else if (!entry.exists && entry.sourceUrl === undefined && data.sourceUrl !== undefined) {
      outcome.notes = [...(outcome.notes ?? []), `sourceUrl: not written, the new declaration ${path} was started by an earlier row without a link: add ${data.sourceUrl} to it by hand if it is its page`];
    }
    const repeated = entry.rows.find((earlier) => same(earlier.position, data));
    if (repeated) {
      outcome.problems.push({ field: '', message: `repeats ${files.source}:${repeated.line} (every field the same): it is imported once` });
      continue;
    }
    entry.text = appendToList(entry.text, ['sidePositions'], [position]);
    entry.rows.push({ position: data, line: row.line });
    entry.added += 1;
    Object.assign(outcome, { status: 'added', record: `${data.official} ${data.year}: ${data.role}, ${data.organisation}`, target: `${path} (side position ${yamlPositions(entry.text).length})` });
  }
  for (const [path, entry] of texts) {
    if (entry.added === 0) continue;
    result.changes.push({ path, mode: 'write', text: entry.text, summary: `+${entry.added} side position${entry.added === 1 ? '' : 's'}${entry.exists ? '' : ' (new declaration)'}` });
  }
  result.outcomes.sort((a, b) => a.order - b.order);
  return result;
}

function yamlPositions(text: string): Array<{ organisation?: unknown; role?: unknown }> {
  const parsed = (text ? (parse(text) as { sidePositions?: unknown }) : {}) ?? {};
  return Array.isArray(parsed.sidePositions) ? (parsed.sidePositions as Array<{ organisation?: unknown; role?: unknown }>) : [];
}
