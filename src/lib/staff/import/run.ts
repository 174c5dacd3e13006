/**
 * One import from start to end, without writing: reads the mapping and the input file, loads the
 * organisation, and plans the import of the kind asked for. `applyChanges` then writes the planned
 * files; `scripts/import.ts` is the command around both.
 */
import { mkdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
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
  if (kind === 'popolo' || (kind === 'officials' && extname(request.file).toLowerCase() === '.json')) {
    return { ...planPopolo(organisation, new TextDecoder().decode(bytes), mapping, files), kind };
  }
  let source;
  try {
    source = openSource(new Uint8Array(bytes), request.file, mapping);
  } catch (error) {
    return { ...result, fatal: [`${request.file} ${(error as Error).message}`] };
  }
  if (source.table.header.length === 0) return { ...result, fatal: [`${request.file} is empty: it needs a header row naming its columns`] };
  if (kind === 'officials') return planOfficialRows(organisation, source, mapping, files);
  if (kind === 'side-positions') return planSidePositions(organisation, source, mapping, files);
  return planCsvImport(organisation, kind as CsvKindName, source, mapping, files);
}

/** Writes the planned changes into the organisation's folder. */
export async function applyChanges(siteDir: string, changes: readonly FileChange[]): Promise<void> {
  for (const change of changes) {
    const file = join(siteDir, change.path);
    await mkdir(dirname(file), { recursive: true });
    if (change.mode === 'append') await appendFile(file, change.text);
    else await writeFile(file, change.text);
  }
}
