/**
 * The OpenAPI 3.1 document of the static JSON API (`/api/openapi.json`), generated from the dataset
 * schemas: one row schema per dataset, as `jsonRow` (columns.ts) writes a row, not as staff write a record.
 * Every field is present in every row, `null` where the record has no value; text in several languages is
 * an object per language (`{"nl": …, "fr": …}`); amounts are JSON numbers written with exactly their two
 * decimals (`1234.50`, never through binary floating point: read them as decimals); lists are arrays.
 * A field's own constraints (patterns, enums, bounds) come from its zod schema (`z.toJSONSchema`), its
 * description from the schema's English text. The paths are every static file pattern of the datasets
 * (GET only), with the years and officials actually written as the values of their parameters. Files
 * published gzip-compressed for their size (bounds.ts) have paths of their own (`/data/agenda.json.gz`,
 * `application/gzip`), with the years or officials whose file is compressed as their parameter's values.
 */
import { z } from 'zod';
import { DATASET_NAMES, DATASET_SCHEMAS, datasetInfo, datasetTitle, type DatasetName } from '../../schemas/datasets.ts';
import { LANGUAGES } from '../../schemas/fields.ts';
import { PARTIAL_DATE_PATTERN } from '../../schemas/partial-date.ts';
import { RECORD_KINDS, type RecordKind } from '../../schemas/kinds.ts';
import type { Site } from '../../schemas/site.ts';
import { UI } from '../../i18n/index.ts';
import { textOf } from '../locale/localize.ts';
import { fieldsOf, type FieldInfo } from '../loading/schema-fields.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { MEDIA_TYPES, type PublishedFile } from './write.ts';

type JsonSchema = Record<string, unknown>;

/** The name of a dataset's row schema under `components/schemas`, e.g. `SidePositionsRow`. */
export const rowSchemaName = (name: DatasetName) => `${name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase())}Row`;

/** Keys of the schemas' own metadata that are not JSON Schema. */
const OWN_META = new Set(['kind', 'example', 'descriptions', 'unit', 'ref', '$schema']);

/** A JSON Schema without the schemas' own metadata keys, at any depth. */
function clean(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(clean);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(Object.entries(schema).flatMap(([key, value]) => (OWN_META.has(key) ? [] : [[key, clean(value)]])));
}

/** What zod says of a value of the field (its output, once read): type, pattern, enum, bounds. */
function fromZod(field: FieldInfo): JsonSchema {
  const generated = clean(z.toJSONSchema(field.schema, { io: 'output', unrepresentable: 'any' })) as JsonSchema;
  delete generated.description;
  return generated;
}

/** Formats JSON Schema names for the kinds whose zod check is code rather than a pattern. */
const FORMATS: Record<string, string> = { date: 'date', datetime: 'date-time', url: 'uri', email: 'email' };

/** A field's value as the JSON datasets write it. */
function valueSchema(field: FieldInfo, currency: string): JsonSchema {
  if (field.kind === 'localized') {
    const text = { type: 'string' };
    return { type: 'object', properties: Object.fromEntries(LANGUAGES.map((lang) => [lang, text])), additionalProperties: false, minProperties: 1 };
  }
  if (field.kind === 'money') return { type: 'number', 'x-vitrine-unit': currency, 'x-vitrine-decimals': 2 };
  const schema = fromZod(field);
  // A date known to the year, the month or the day, as written (its zod check is code, not a pattern).
  if (field.kind === 'partialDate') return { ...schema, pattern: `^(?:${PARTIAL_DATE_PATTERN})$` };
  const format = FORMATS[field.kind];
  return format && schema.type === 'string' ? { ...schema, format } : schema;
}

function describedField(field: FieldInfo, currency: string): JsonSchema {
  const value = valueSchema(field, currency);
  const unit = field.kind === 'money' ? ` (${currency}, an exact amount with two decimals)` : '';
  const description = field.description ? { description: `${field.description}${unit}` } : {};
  // No `examples`: the schemas' examples are those of the field's kind (any id is "an-verlinden"), not of the field.
  return field.required ? { ...value, ...description } : { ...description, anyOf: [value, { type: 'null' }] };
}

/** The JSON Schema of one row of a dataset, as published. */
export function rowSchema(name: DatasetName, currency: string): JsonSchema {
  const fields = fieldsOf(DATASET_SCHEMAS[name]);
  return {
    title: datasetTitle(name, 'en'),
    type: 'object',
    properties: Object.fromEntries(fields.map((field) => [field.name, describedField(field, currency)])),
    required: fields.map((field) => field.name),
    additionalProperties: false,
  };
}

const ok = (description: string, mediaType: string, schema: JsonSchema) => ({ '200': { description, content: { [mediaType]: { schema } } } });

/** The GET operations of one file pattern of a dataset: its JSON rows and the same rows as CSV. */
/** The files of a dataset: whole, or one per year or per official; part of each operation's id. */
const SLICES = { whole: 'Whole', 'per year': 'PerYear', 'per official': 'PerOfficial' } as const;

/**
 * `parameters(format, compressed)`: the path's parameters where files of that format are published so
 * (compressed or not), undefined where none is: each pattern is given only for the files that exist.
 */
function datasetPaths(name: DatasetName, base: string, what: keyof typeof SLICES, parameters: (format: 'json' | 'csv', compressed: boolean) => JsonSchema[] | undefined): Array<[string, unknown]> {
  const title = datasetTitle(name, 'en');
  const rows = { type: 'array', items: schemaRef(rowSchemaName(name)) };
  const id = `${rowSchemaName(name).replace(/Row$/, '')}${SLICES[what]}`;
  const csv = { type: 'string', description: 'RFC 4180 CSV, UTF-8 with a byte order mark, CRLF line ends; text in several languages in one column per language (title.nl), lists joined with "; "' };
  const paths: Array<[string, unknown]> = [];
  for (const [format, mediaType, schema] of [['json', MEDIA_TYPES.json, rows], ['csv', MEDIA_TYPES.csv, csv]] as const) {
    for (const compressed of [false, true]) {
      const given = parameters(format, compressed);
      if (!given) continue;
      const response = compressed
        ? ok(`${title}: every row, ${what}, gzip-compressed for its size`, 'application/gzip', { type: 'string', contentMediaType: 'application/gzip', description: `gzip of ${mediaType}: ${format === 'json' ? 'a JSON array of rows (see the row schema)' : csv.description}` })
        : ok(`${title}: every row, ${what}`, mediaType, schema);
      paths.push([
        `${base}.${format}${compressed ? '.gz' : ''}`,
        {
          get: {
            operationId: `${id}${format.toUpperCase()}${compressed ? 'Gz' : ''}`,
            summary: `${title}, ${what} (${format.toUpperCase()}${compressed ? ', gzip' : ''})`,
            tags: [name],
            ...(given.length > 0 ? { parameters: given } : {}),
            responses: { ...response, '404': { description: 'No such file' } },
          },
        },
      ]);
    }
  }
  return paths;
}

/** The parameters of a sliced pattern: the slices whose file of that format is (or is not) compressed; undefined when there are none and others exist. */
function sliceParameters(slices: Array<{ key: string; files: PublishedFile[] }>, parameter: (values: string[]) => JsonSchema) {
  return (format: 'json' | 'csv', compressed: boolean) => {
    const keys = slices.filter((slice) => slice.files.some((file) => file.format === format && !!file.compression === compressed)).map((slice) => slice.key);
    // With no slices at all, the uncompressed pattern is still described (its parameter open).
    if (keys.length === 0 && (compressed || slices.length > 0)) return undefined;
    return [parameter(keys)];
  };
}

const pathParameter = (name: string, description: string, values: string[]) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: values.length > 0 ? { type: 'string', enum: values } : { type: 'string' },
});

/** The schemas of the API's indexes (api-index.ts), beside the row schemas. */
const INDEX_SCHEMAS: Record<string, JsonSchema> = {
  PublishedFile: {
    type: 'object',
    description: 'A file as written: its absolute address, format, compression if any, rows, size in bytes and SHA-256',
    properties: {
      url: { type: 'string', format: 'uri' },
      format: { type: 'string', enum: Object.keys(MEDIA_TYPES) },
      compression: { type: 'string', enum: ['gz'], description: 'Present when the file is gzip-compressed for its size; bytes and sha256 are then those of the compressed file' },
      rows: { type: 'integer', minimum: 0 },
      bytes: { type: 'integer', minimum: 0 },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    },
    required: ['url', 'format', 'rows', 'bytes', 'sha256'],
    additionalProperties: false,
  },
  ApiIndex: {
    type: 'object',
    description: 'Every dataset with its title in every language, its whole files, and its files per year and per official (as lists and as address templates)',
    properties: {
      openapi: { type: 'string', format: 'uri' },
      officials: { type: 'string', format: 'uri' },
      licence: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['id', 'name', 'url'] },
      datasets: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            title: { type: 'object', additionalProperties: { type: 'string' } },
            rows: { type: 'integer', minimum: 0 },
            rowSchema: { type: 'string', format: 'uri-reference' },
            page: { type: 'string', format: 'uri' },
            files: { type: 'array', items: { $ref: '#/components/schemas/PublishedFile' } },
            lastChanged: { type: 'string', format: 'date' },
            perYear: {
              type: 'object',
              properties: {
                templates: { type: 'object', additionalProperties: { type: 'string' } },
                years: { type: 'array', items: { type: 'object', properties: { year: { type: 'string' }, period: { type: 'object' }, files: { type: 'array', items: { $ref: '#/components/schemas/PublishedFile' } } }, required: ['year', 'files'] } },
              },
              required: ['templates', 'years'],
            },
            perOfficial: {
              type: 'object',
              properties: {
                field: { type: 'string' },
                templates: { type: 'object', additionalProperties: { type: 'string' } },
                officials: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, files: { type: 'array', items: { $ref: '#/components/schemas/PublishedFile' } } }, required: ['id', 'files'] } },
              },
              required: ['field', 'templates', 'officials'],
            },
          },
          required: ['name', 'title', 'rows', 'rowSchema', 'files'],
        },
      },
    },
    required: ['openapi', 'officials', 'licence', 'datasets'],
  },
  ApiOfficials: {
    type: 'object',
    description: 'Every official with their pages and the files published of them, dataset by dataset',
    properties: {
      index: { type: 'string', format: 'uri' },
      templates: { type: 'object', additionalProperties: { type: 'string' } },
      officials: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: ['string', 'null'] },
            pages: { type: 'object', additionalProperties: { type: 'string', format: 'uri' } },
            datasets: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, files: { type: 'array', items: { $ref: '#/components/schemas/PublishedFile' } } }, required: ['name', 'files'] } },
          },
          required: ['id', 'name', 'pages', 'datasets'],
        },
      },
    },
    required: ['index', 'templates', 'officials'],
  },
};

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The OpenAPI document of a site's published datasets. */
export function openApiDocument(site: Site, catalogue: CatalogueEntry[]): Record<string, unknown> {
  const lang = site.defaultLanguage;
  // The day the data last changed, from git: the same data gives the same document.
  const version = catalogue.map((dataset) => dataset.lastChanged ?? '').sort().at(-1) || 'unversioned';
  const paths: Array<[string, unknown]> = [
    ['/api/index.json', { get: { operationId: 'apiIndex', summary: 'Every dataset with its files, whole, per year and per official', tags: ['api'], responses: ok('The index of the datasets', MEDIA_TYPES.json, schemaRef('ApiIndex')) } }],
    ['/api/officials.json', { get: { operationId: 'apiOfficials', summary: 'Every official with the files published of them', tags: ['api'], responses: ok('The index of the officials', MEDIA_TYPES.json, schemaRef('ApiOfficials')) } }],
    ['/api/openapi.json', { get: { operationId: 'apiOpenapi', summary: 'This document', tags: ['api'], responses: ok('This OpenAPI document', MEDIA_TYPES.json, { type: 'object' }) } }],
  ];
  for (const dataset of catalogue) {
    const { name } = dataset;
    const { kind, perOfficial } = datasetInfo(name);
    paths.push(...datasetPaths(name, `/data/${name}`, 'whole', (format, compressed) => (!!dataset.files.find((file) => file.format === format)?.compression === compressed ? [] : undefined)));
    paths.push([`/data/${name}.parquet`, { get: { operationId: `${rowSchemaName(name).replace(/Row$/, '')}WholeParquet`, summary: `${datasetTitle(name, 'en')}, whole (Parquet)`, tags: [name], responses: ok('Every row as Parquet', MEDIA_TYPES.parquet, { type: 'string', contentMediaType: MEDIA_TYPES.parquet }) } }]);
    if ((RECORD_KINDS[kind] as RecordKind).year !== undefined) {
      const years = dataset.years.map((slice) => ({ key: slice.year, files: slice.files }));
      paths.push(...datasetPaths(name, `/data/${name}/{year}`, 'per year', sliceParameters(years, (values) => pathParameter('year', 'A year (or a financial year such as 2025-26) that has rows', values))));
    }
    if (perOfficial) {
      const ids = dataset.officials.map((official) => ({ key: official.id, files: official.files }));
      paths.push(...datasetPaths(name, `/data/officials/{official}/${name}`, 'per official', sliceParameters(ids, (values) => pathParameter('official', `Id of an official with rows (field ${perOfficial})`, values))));
    }
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: `${textOf(site.name, lang, lang)}: open data`,
      version,
      description: `${textOf(site.description, lang, lang)}\n\nStatic files, GET only. Every dataset is published whole, as JSON, CSV and Parquet; some also per year and per official. Index: /api/index.json. In JSON rows every field is present (null when the record has none), text in several languages is an object per language, and amounts are numbers written with exactly two decimals: read them as decimals, not binary floating point.`,
      // `identifier` and `url` exclude each other in OpenAPI 3.1: the licence's own address is the one stated.
      license: { name: site.licence.name, url: site.licence.url },
    },
    servers: [{ url: site.baseUrl.replace(/\/$/, '') }],
    tags: [{ name: 'api', description: 'The indexes of the files' }, ...catalogue.map((dataset) => ({ name: dataset.name, description: UI.en[`datasetAbout.${dataset.name}`] }))],
    paths: Object.fromEntries(paths),
    components: { schemas: { ...Object.fromEntries(DATASET_NAMES.map((name) => [rowSchemaName(name), rowSchema(name, site.currency)])), ...INDEX_SCHEMAS } },
  };
}
