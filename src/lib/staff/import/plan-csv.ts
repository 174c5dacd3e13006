/**
 * Plans the import of rows into a CSV kind (agenda, gifts, remuneration, income, expenditure,
 * complaints): maps and validates every row with the project's schemas, finds rows that are already
 * there (by content, so that importing twice adds nothing) or that repeat an earlier row, checks the
 * references as `npm run validate` does, gives new records their ids, and says which lines to append
 * to which file. Every source row ends with one outcome.
 */
import { identityOf, RECORD_KINDS } from '../../../schemas/kinds.ts';
import { checkReferences } from '../../loading/check-references.ts';
import type { Loaded, SiteData } from '../../loading/load-site.ts';
import type { Problem } from '../../loading/problems.ts';
import { validateRecord } from '../../loading/validate-record.ts';
import { appendText, cellsFor, IdMaker, lineCount, openTarget, type CsvTarget } from './csv-target.ts';
import type { SourceRow } from './delimited.ts';
import { csvColumns, KINDS, mappableFields, type CsvKindName } from './kinds.ts';
import { withDefaultColumns, type Mapping } from './mapping.ts';
import { nest, type Organisation } from './organisation.ts';
import { organisationSection } from './organisation-ids.ts';
import { flatFields, mapRow, type MappedRow } from './rows.ts';
import { checkMapping, skipReason, type OpenedSource } from './source.ts';
import { emptyResult, reportUnreadable, type ImportResult, type Outcome, type RowProblem } from './types.ts';

interface Candidate {
  row: SourceRow;
  mapped: MappedRow;
  values: Record<string, string>;
  data: Record<string, unknown>;
  outcome: Outcome;
}

export function planCsvImport(org: Organisation, kindName: CsvKindName, source: OpenedSource, given: Mapping, files: { source: string; mapping?: string; siteDir: string }): ImportResult {
  const kind = KINDS[kindName];
  const result = emptyResult(kindName, files.source);
  const { table } = source;
  const fields = flatFields(kind.schema);
  const mapping = withDefaultColumns(given, mappableFields(kind.schema), table.header);
  const checked = checkMapping(mapping, table.header, mappableFields(kind.schema), files.mapping);
  result.notes.push(...source.notes, ...checked.notes);
  if (Object.keys(mapping.columns).length === 0) checked.fatal.push(`no column of ${files.source} is a field of ${kind.noun}s: name the columns as in the template (${csvColumns(kind.schema).join(', ')}), or write a mapping file (see CONTRIBUTING.md)`);
  if (checked.fatal.length) return { ...result, fatal: checked.fatal };

  const site = org.site;
  const defaultLanguage = site.site.defaultLanguage;
  const existing = site[kindName] as Array<Loaded<Record<string, unknown>>>;
  // The fields this source states: those a column or a fixed value feeds, and those the import derives from them.
  const stated = new Set([...Object.keys(mapping.columns), ...Object.keys(mapping.fixed), ...Object.keys(mapping.template)].map((name) => name.split('.')[0] ?? name));
  // A record's link to its register page is not part of what it is: a record there without one is the
  // same record (the report says the link is not added to it), and so is a record there with one that a
  // row without a link states otherwise; two links are two records of the register.
  stated.delete('sourceUrl');
  if (kind.countField !== undefined && kind.organisationFields.some((field) => stated.has(field))) stated.add(kind.countField);
  if (stated.has('amount')) stated.add('refund');
  const byKey = new Map<string, Array<Loaded<Record<string, unknown>>>>();
  for (const record of existing) {
    const key = kind.key(record.data, stated);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(record);
    else byKey.set(key, [record]);
  }
  const seen = new Map<string, Array<{ data: Record<string, unknown>; line: number }>>();
  const marker = `\u0000import:${files.source}`;
  const candidates: Candidate[] = [];

  reportUnreadable(result, table.unreadable);
  for (const row of table.rows) {
    const outcome: Outcome = { where: row.where ?? String(row.line), order: row.line, status: 'skipped', problems: [] };
    result.outcomes.push(outcome);
    const reason = skipReason(mapping, row.cells);
    if (reason !== undefined) {
      outcome.problems.push({ field: '', message: `${reason} (a skip rule of the mapping)` });
      continue;
    }
    if (Object.values(row.cells).every((cell) => cell.trim() === '')) {
      outcome.problems.push({ field: '', message: 'is empty' });
      continue;
    }
    const mapped = mapRow(row.cells, { mapping, fields, finder: org.finder, officialFields: kind.officialFields, organisationFields: kind.organisationFields, ...(kind.countField !== undefined ? { countField: kind.countField } : {}), numeric: source.numeric, currency: org.site.site.currency, ...(row.typed ? { typed: row.typed } : {}) });
    if (mapped.notes.length) outcome.notes = mapped.notes;
    outcome.problems.push(...mapped.problems);
    const values = { ...mapped.values };
    const nested = nest(values, defaultLanguage);
    if (kind.id && nested.id === undefined) nested.id = `import-${row.line}`;
    const validated = validateRecord(kind.schema, nested, () => ({ file: marker, line: row.line, column: 1 }));
    const flagged = new Set(mapped.problems.map((problem) => problem.field));
    outcome.problems.push(...validated.problems.filter((problem) => !flagged.has(problem.field.split('.')[0] ?? '')).map((problem) => rowProblem(problem, mapped)));
    if (outcome.problems.length || validated.data === undefined) continue;
    const data = validated.data as Record<string, unknown>;
    const key = kind.key(data, stated);
    const there = byKey.get(key)?.find((record) => kind.same(record.data, data, defaultLanguage, stated) && (record.data.sourceUrl === undefined || data.sourceUrl === undefined || record.data.sourceUrl === data.sourceUrl));
    if (there) {
      const differs = (kind.mustAgree ?? []).filter((field) => String(there.data[field] ?? '') !== String(data[field] ?? ''));
      if (differs.length) {
        outcome.problems.push({ field: differs[0] ?? '', message: `differs from the ${kind.noun} already in ${site.dir ? relativeTo(site.dir, there.file) : there.file}:${there.line} (${differs.join(', ')}): change that row by hand if this one is right` });
      } else {
        outcome.status = 'already there';
        outcome.record = String(there.data.id ?? identityOf(kindName, there.data));
        outcome.target = `${relativeTo(site.dir, there.file)}:${there.line}`;
        if (data.sourceUrl !== undefined && there.data.sourceUrl === undefined) outcome.notes = [...(outcome.notes ?? []), `sourceUrl: the ${kind.noun} there has no source link; the import changes nothing there: add ${String(data.sourceUrl)} to it by hand if it is its page`];
      }
      continue;
    }
    const earlier = seen.get(key)?.find((row) => kind.same(row.data, data, defaultLanguage, stated) && row.data.sourceUrl === data.sourceUrl);
    if (earlier !== undefined) {
      const differs = (kind.mustAgree ?? []).filter((field) => String(earlier.data[field] ?? '') !== String(data[field] ?? ''));
      if (differs.length) outcome.problems.push({ field: differs[0] ?? '', message: `has the same ${identityFields(kindName)} as ${files.source}:${earlier.line} but differs in ${differs.join(', ')}: keep the right one of the two rows` });
      else outcome.problems.push({ field: '', message: `repeats ${files.source}:${earlier.line} (every field the same): it is imported once` });
      continue;
    }
    const earlierRows = seen.get(key);
    if (earlierRows) earlierRows.push({ data, line: row.line });
    else seen.set(key, [{ data, line: row.line }]);
    candidates.push({ row, mapped, values, data, outcome });
  }

  // References, unique ids and the donor rules, checked with the new records among the others.
  let active = candidates;
  for (;;) {
    const added = active.map((candidate) => ({ data: candidate.data, file: marker, line: candidate.row.line, locate: () => ({ file: marker, line: candidate.row.line, column: 1 }) }));
    const trial: SiteData = { ...site, [kindName]: [...existing, ...added] };
    const problems = checkReferences(trial, org.officialIds).filter((problem) => problem.file === marker);
    if (problems.length === 0) break;
    for (const problem of problems) {
      const candidate = active.find((c) => c.row.line === problem.line);
      candidate?.outcome.problems.push(rowProblem(problem, candidate.mapped));
    }
    const bad = new Set(problems.map((problem) => problem.line));
    active = active.filter((candidate) => !bad.has(candidate.row.line));
  }

  // Ids written in the input are taken as they are; new ones continue after them and after those in the files.
  const taken = [...existing.map((record) => String(record.data.id)), ...active.map((candidate) => candidate.values.id ?? '')];
  const ids = kind.id ? new IdMaker(kind.id.prefix, kind.id.width, taken) : undefined;
  active.sort((a, b) => String(a.data.date ?? a.data.month ?? '').localeCompare(String(b.data.date ?? b.data.month ?? '')) || String(a.data.start ?? '').localeCompare(String(b.data.start ?? '')) || a.row.line - b.row.line);
  const targets = new Map<string, { target: CsvTarget; rows: string[][]; added: Candidate[] }>();
  for (const candidate of active) {
    const path = kind.file ?? `data/${kind.folder}/${kind.year(candidate.data)}.csv`;
    let entry = targets.get(path);
    if (!entry) targets.set(path, (entry = { target: openTarget(files.siteDir, path, csvColumns(kind.schema)), rows: [], added: [] }));
    if (entry.target.refusal) {
      candidate.outcome.problems.push({ field: '', message: entry.target.refusal });
      continue;
    }
    if (ids && (candidate.values.id === undefined || candidate.values.id === '')) candidate.values.id = ids.make(kind.year(candidate.data));
    const { cells, missing } = cellsFor(entry.target, candidate.values, defaultLanguage);
    if (missing.length) {
      candidate.outcome.problems.push({ field: missing[0] ?? '', message: `${path} has no column ${missing.map((name) => `"${name}"`).join(', ')}: add it at the end of its header row (and an empty cell at the end of every row), or leave the value out of the mapping` });
      continue;
    }
    entry.rows.push(cells);
    entry.added.push(candidate);
  }
  for (const { target, rows, added } of targets.values()) {
    if (rows.length === 0) continue;
    let line = target.exists ? target.lines + 1 : 2;
    added.forEach((candidate, index) => {
      candidate.outcome.status = 'added';
      candidate.outcome.record = candidate.values.id ?? identityOf(kindName, candidate.data);
      candidate.outcome.target = `${target.path}:${line}`;
      line += lineCount(rows[index]?.join(',') ?? '');
    });
    result.changes.push({ path: target.path, mode: target.exists ? 'append' : 'write', text: appendText(target, rows), summary: `+${rows.length} row${rows.length === 1 ? '' : 's'}${target.exists ? '' : ' (new file)'}` });
  }
  result.outcomes.sort((a, b) => a.order - b.order);
  // The organisations met in the rows added, checked against data/organisations.yaml (a section of the report).
  if (kindName === 'agenda') {
    const added = active.filter((candidate) => candidate.outcome.status === 'added').map((candidate) => ({ line: candidate.row.line, organisations: candidate.data.organisations as string[] | undefined }));
    const section = organisationSection((site.organisations ?? []).map((record) => record.data), added);
    if (section) result.sections = [section];
  }
  return result;
}

function rowProblem(problem: Problem, mapped: MappedRow | undefined): RowProblem {
  const top = problem.field.split('.')[0] ?? '';
  const column = mapped?.columnOf(problem.field) ?? mapped?.columnOf(top);
  return column === undefined ? { field: problem.field, message: problem.message } : { field: problem.field, column, message: problem.message };
}

const identityFields = (kindName: CsvKindName) => RECORD_KINDS[kindName].identity.join(' and ');

function relativeTo(dir: string, file: string): string {
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}
