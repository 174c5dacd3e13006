/**
 * The static JSON API's indexes, derived from the catalogue of written files (what `writeDatasets`
 * returns), never described a second time: `/api/index.json` lists every dataset with its title in every
 * language, its whole files, its files per year and per official (each as a list and as an address
 * template); `/api/officials.json` lists every official with the files of their own. Addresses are
 * absolute, below the site's base address; a file's rows, bytes and SHA-256 are those written. A file
 * over the bound of bounds.ts is listed by its `.gz` address with `compression: "gz"` (the templates name
 * the uncompressed files: the lists say which are compressed).
 */
import { datasetInfo, datasetTitle } from '../../schemas/datasets.ts';
import { LANGUAGES, type Lang } from '../../schemas/fields.ts';
import type { Site } from '../../schemas/site.ts';
import { RECORD_KINDS, type RecordKind } from '../../schemas/kinds.ts';
import type { Official } from '../../schemas/official.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { rowSchemaName } from './openapi.ts';
import type { PublishedFile } from './write.ts';

/** Where the API's own files are published, below the site root. */
export const API_FILES = { index: 'api/index.json', officials: 'api/officials.json', openapi: 'api/openapi.json' } as const;

const baseOf = (site: Site) => (site.baseUrl.endsWith('/') ? site.baseUrl : `${site.baseUrl}/`);

/** A written file as the index lists it: its address, format, rows, bytes and SHA-256. */
function fileEntry(base: string, file: PublishedFile) {
  return { url: `${base}${file.path}`, format: file.format, ...(file.compression ? { compression: file.compression } : {}), rows: file.rows, bytes: file.bytes, sha256: file.sha256 };
}

const titles = (name: CatalogueEntry['name']) => Object.fromEntries(LANGUAGES.map((lang: Lang) => [lang, datasetTitle(name, lang)]));

export function apiIndex(site: Site, catalogue: CatalogueEntry[]): Record<string, unknown> {
  const base = baseOf(site);
  return {
    openapi: `${base}${API_FILES.openapi}`,
    officials: `${base}${API_FILES.officials}`,
    licence: site.licence,
    datasets: catalogue.map((dataset) => {
      const { kind, perOfficial } = datasetInfo(dataset.name);
      const sliced = (RECORD_KINDS[kind] as RecordKind).year !== undefined;
      return {
        name: dataset.name,
        title: titles(dataset.name),
        rows: dataset.rows,
        rowSchema: `${base}${API_FILES.openapi}#/components/schemas/${rowSchemaName(dataset.name)}`,
        page: `${base}${site.defaultLanguage}/datasets/${dataset.name}/`,
        files: dataset.files.map((file) => fileEntry(base, file)),
        ...(dataset.lastChanged ? { lastChanged: dataset.lastChanged } : {}),
        ...(sliced
          ? {
              perYear: {
                templates: { json: `${base}data/${dataset.name}/{year}.json`, csv: `${base}data/${dataset.name}/{year}.csv` },
                years: dataset.years.map((slice) => ({ year: slice.year, ...(slice.period ? { period: slice.period } : {}), files: slice.files.map((file) => fileEntry(base, file)) })),
              },
            }
          : {}),
        ...(perOfficial
          ? {
              perOfficial: {
                field: perOfficial,
                templates: { json: `${base}data/officials/{official}/${dataset.name}.json`, csv: `${base}data/officials/{official}/${dataset.name}.csv` },
                officials: dataset.officials.map((official) => ({ id: official.id, files: official.files.map((file) => fileEntry(base, file)) })),
              },
            }
          : {}),
      };
    }),
  };
}

/**
 * Every official with the files published of them, dataset by dataset: the officials of the records, and
 * any id the catalogue has files for that no official record names (none after the cross-check, but
 * never dropped silently).
 */
export function apiOfficials(site: Site, officials: ReadonlyArray<Pick<Official, 'id' | 'name'>>, catalogue: CatalogueEntry[]): Record<string, unknown> {
  const base = baseOf(site);
  const names = new Map(officials.map((official) => [official.id, official.name] as const));
  const ids = [...new Set([...names.keys(), ...catalogue.flatMap((dataset) => dataset.officials.map((official) => official.id))])].sort();
  return {
    index: `${base}${API_FILES.index}`,
    templates: { json: `${base}data/officials/{official}/{dataset}.json`, csv: `${base}data/officials/{official}/{dataset}.csv` },
    officials: ids.map((id) => ({
      id,
      name: names.get(id) ?? null,
      pages: Object.fromEntries(site.languages.map((lang) => [lang, `${base}${lang}/officials/${id}/`])),
      datasets: catalogue.flatMap((dataset) => {
        const files = dataset.officials.find((official) => official.id === id)?.files;
        return files ? [{ name: dataset.name, files: files.map((file) => fileEntry(base, file)) }] : [];
      }),
    })),
  };
}
