/**
 * One import from start to end, without writing: reads the mapping and the input file, loads the
 * organisation, and plans the import of the kind asked for. `applyChanges` then writes the planned
 * files, all or nothing; `scripts/import.ts` is the command around both.
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { loadSite } from '../../loading/load-site.ts';
import { formatProblem, sortProblems } from '../../loading/problems.ts';
import { CSV_KINDS, type CsvKindName } from './kinds.ts';
import { EMPTY_MAPPING, readMapping, type Mapping } from './mapping.ts';
import { loadOrganisation } from './organisation.ts';
import { planCsvImport } from './plan-csv.ts';
import { planSidePositions } from './plan-declarations.ts';
import { planOfficialRows } from './official-rows.ts';
import { planPopolo } from './popolo.ts';
import { openSource } from './source.ts';
import { emptyResult, type FileChange, type ImportResult } from './types.ts';

export const KIND_NAMES = [...CSV_KINDS, 'officials', 'side-positions', 'popolo'] as const;
export type KindName = (typeof KIND_NAMES)[number];

export interface ImportRequest {
  kind: string;
  /** The input file, as given (shown in the report). */
  file: string;
  mappingFile?: string;
  siteDir: string;
}

export async function planImport(request: ImportRequest): Promise<ImportResult> {
  const result = emptyResult(request.kind, request.file);
  if (!(KIND_NAMES as readonly string[]).includes(request.kind)) return { ...result, fatal: [`"${request.kind}" is not a kind Vitrine imports: use one of ${KIND_NAMES.join(', ')}`] };
  let mapping: Mapping = EMPTY_MAPPING;
  if (request.mappingFile !== undefined) {
    const text = await readFile(request.mappingFile, 'utf8').catch(() => undefined);
    if (text === undefined) return { ...result, fatal: [`the mapping file ${request.mappingFile} cannot be read: check its path`] };
    const read = readMapping(text, request.mappingFile);
    if (!read.mapping) return { ...result, fatal: read.problems };
    mapping = read.mapping;
    if (mapping.kind !== undefined && mapping.kind !== request.kind) return { ...result, fatal: [`${request.mappingFile} is a mapping for ${mapping.kind}, not for ${request.kind}: check the kind on the command line`] };
  }
  const bytes = await readFile(request.file).catch(() => undefined);
  if (bytes === undefined) return { ...result, fatal: [`${request.file} cannot be read: check its path`] };
  const { organisation, fatal } = await loadOrganisation(request.siteDir, mapping);
  if (!organisation) return { ...result, fatal };
  const files = { source: request.file, siteDir: request.siteDir, ...(request.mappingFile !== undefined ? { mapping: request.mappingFile } : {}) };
  const kind = request.kind as KindName;
  if (kind === 'popolo' || (kind === 'officials' && extname(request.file).toLowerCase() === '.json' && mapping.each === undefined)) {
    return { ...planPopolo(organisation, new TextDecoder().decode(bytes), mapping, files), kind };
  }
  let source;
  try {
    source = openSource(new Uint8Array(bytes), request.file, mapping);
  } catch (error) {
    return { ...result, fatal: [`${request.file} ${(error as Error).message}`] };
  }
  if (source.table.header.length === 0) return { ...result, fatal: [mapping.headerRow !== undefined ? `${request.file} has nothing on row ${mapping.headerRow}, where the mapping puts its header (headerRow: ${mapping.headerRow}): give the row that names the columns` : mapping.each !== undefined ? `${request.file} has no records at ${mapping.each}: check each: in the mapping file` : `${request.file} is empty: it needs a header row naming its columns`] };
  if (kind === 'officials') return planOfficialRows(organisation, source, mapping, files);
  if (kind === 'side-positions') return planSidePositions(organisation, source, mapping, files);
  return planCsvImport(organisation, kind as CsvKindName, source, mapping, files);
}

/**
 * Writes the planned changes into the organisation's folder, all or nothing. The organisation is first
 * staged with the changes (`.vitrine-import-<pid>/` in its folder: data/ and content/ as hard links,
 * the changed files written whole) and validated as `npm run validate` does; only when it validates are
 * the changed files moved into place, each written beside its place and renamed over it. Returns the
 * problems that stopped it (then nothing was written).
 */
export async function applyChanges(siteDir: string, changes: readonly FileChange[]): Promise<string[]> {
  if (changes.length === 0) return [];
  const stage = join(siteDir, `.vitrine-import-${process.pid}`);
  await rm(stage, { recursive: true, force: true });
  try {
    for (const top of ['data', 'content']) if (existsSync(join(siteDir, top))) await linkTree(join(siteDir, top), join(stage, top));
    const texts = new Map<string, string>();
    for (const change of changes) {
      const before = texts.get(change.path) ?? (change.mode === 'append' ? await readFile(join(siteDir, change.path), 'utf8') : '');
      texts.set(change.path, change.mode === 'append' ? `${before}${change.text}` : change.text);
    }
    for (const [path, text] of texts) {
      const file = join(stage, path);
      await mkdir(dirname(file), { recursive: true });
      await rm(file, { force: true }); // a hard link to the file in place: never written through
      await writeFile(file, text);
    }
    const { problems } = await loadSite(stage);
    if (problems.length > 0) {
      return [
        `the organisation would not validate with these changes, so nothing was written:`,
        // Named by their place in the organisation (data/bodies.yaml), as the report names the files it writes.
        ...sortProblems(problems).slice(0, 20).map((problem) => `  ${formatProblem(problem, stage)}`),
        ...(problems.length > 20 ? [`  … and ${problems.length - 20} more`] : []),
      ];
    }
    const placed: Array<[string, string]> = [];
    for (const [path, text] of texts) {
      const file = join(siteDir, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.vitrine-import-${process.pid}`, text);
      placed.push([`${file}.vitrine-import-${process.pid}`, file]);
    }
    for (const [from, to] of placed) await rename(from, to);
    return [];
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** A copy of a folder whose files are hard links (copies where links cannot be made). */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else if (entry.isFile()) await link(source, target).catch(() => copyFile(source, target));
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
  }
}
