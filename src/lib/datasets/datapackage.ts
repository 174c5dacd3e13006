/**
 * A Frictionless Data Package (v2) describing every dataset's CSV, its table schema, size and hash; the
 * same table as Parquet is a resource of its own (`<name>-parquet`) with the same table schema. A dataset
 * sliced per financial year that does not start in January (money: `income/2025-26.csv`) lists its slices
 * under `slices`, each with the period it covers (`temporalCoverage`, an ISO 8601 interval of days).
 * A file published gzip-compressed for its size (bounds.ts) is named by its `.gz` path with
 * `compression: "gz"`, its bytes and hash those of the compressed file.
 */
import { DATASET_SCHEMAS, datasetTitle } from '../../schemas/datasets.ts';
import type { Site } from '../../schemas/site.ts';
import { UI } from '../../i18n/index.ts';
import { textOf } from '../locale/localize.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { tableSchema } from './table-schema.ts';
import { MEDIA_TYPES } from './write.ts';

export function dataPackage(site: Site, catalogue: CatalogueEntry[]): Record<string, unknown> {
  const lang = site.defaultLanguage;
  const name = new URL(site.baseUrl).hostname.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name,
    title: textOf(site.name, lang, lang),
    description: textOf(site.description, lang, lang),
    homepage: site.baseUrl,
    licenses: [{ name: site.licence.id, path: site.licence.url, title: site.licence.name }],
    resources: catalogue.flatMap((dataset) => {
      const csv = dataset.files.find((file) => file.format === 'csv');
      const parquet = dataset.files.find((file) => file.format === 'parquet');
      const title = datasetTitle(dataset.name, lang);
      const description = UI[lang][`datasetAbout.${dataset.name}`];
      const schema = tableSchema(DATASET_SCHEMAS[dataset.name], site.languages, site.currency);
      const slices = dataset.years.flatMap((slice) => {
        const file = slice.files.find((candidate) => candidate.format === 'csv');
        return slice.period && file ? [{ name: slice.year, path: file.path.replace(/^data\//, ''), ...(file.compression ? { compression: file.compression } : {}), temporalCoverage: `${slice.period.first}/${slice.period.last}`, bytes: file.bytes, hash: `sha256:${file.sha256}` }] : [];
      });
      const csvResource = {
        name: dataset.name,
        type: 'table',
        path: csv ? csv.path.replace(/^data\//, '') : `${dataset.name}.csv`,
        title,
        description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...(csv?.compression ? { compression: csv.compression } : {}),
        bytes: csv?.bytes ?? 0,
        hash: `sha256:${csv?.sha256 ?? ''}`,
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema,
        ...(slices.length > 0 ? { slices } : {}),
      };
      if (!parquet) return [csvResource];
      const parquetResource = {
        name: `${dataset.name}-parquet`,
        type: 'table',
        path: parquet.path.replace(/^data\//, ''),
        title: `${title} (Parquet)`,
        description,
        format: 'parquet',
        mediatype: MEDIA_TYPES.parquet,
        bytes: parquet.bytes,
        hash: `sha256:${parquet.sha256}`,
        schema,
      };
      return [csvResource, parquetResource];
    }),
  };
}
