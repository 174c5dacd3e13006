/**
 * The mapping file: which column of an export feeds which field, with fixed values, value lists and
 * simple transformations. YAML or JSON, for example:
 *
 *   columns: { date: Datum, start: Uur, title: Onderwerp, organisations: Organisatie(s) }
 *   fixed: { officials: an-verlinden, category: interest-representatives }
 *   transform: { date: "date:DD/MM/YYYY", start: range-start, end: range-end }
 *   values: { category: { Lobby: interest-representatives } }
 *   officials: { "Minister Verlinden": an-verlinden }
 *   template: { sourceUrl: "https://register.example.org/gifts/{Nummer}" }
 *
 * Without a mapping file, columns named like the fields (the headers of the templates) are used.
 * `headerRow: 3` reads a sheet whose header is on its third row (titles above it); `each: people[].gifts[]`
 * reads a JSON file of nested records, a row per element of the list, `../name` a field of its holder.
 */
import { z } from 'zod';
import { parse } from 'yaml';

export const TRANSFORMS = ['lowercase', 'uppercase', 'slug', 'time', 'range-start', 'range-end', 'abs', 'negate', 'first-line', 'yes-no'] as const;
const PARAMETRIC = ['date:', 'split:', 'default:', 'prefix:', 'suffix:', 'before:', 'after:'] as const;

const transform = z.string().refine((name) => (TRANSFORMS as readonly string[]).includes(name) || PARAMETRIC.some((prefix) => name.startsWith(prefix) && name.length > prefix.length), {
  error: (iss) => `${JSON.stringify(iss.input)} is not a transformation: use one of ${TRANSFORMS.join(', ')}, or ${PARAMETRIC.map((p) => `${p}…`).join(', ')}`,
});
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const stringMap = z.record(z.string(), scalar);

export const mappingSchema = z
  .object({
    kind: z.string().optional(),
    encoding: z.enum(['utf-8', 'windows-1252']).optional(),
    delimiter: z.enum([',', ';', '\t', 'tab']).optional(),
    sheet: z.string().optional(),
    headerRow: z.number().int().min(1).optional(),
    each: z.string().min(1).optional(),
    decimal: z.enum([',', '.']).optional(),
    columns: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])).default({}),
    fixed: stringMap.default({}),
    template: z.record(z.string(), z.string().regex(/\{[^{}]+\}/, { error: 'names no column: write the column in braces, e.g. "https://register.example.org/gifts/{Number}"' })).default({}),
    transform: z.record(z.string(), z.union([transform, z.array(transform)])).default({}),
    values: z.record(z.string(), stringMap).default({}),
    split: z.record(z.string(), z.string()).default({}),
    officials: stringMap.default({}),
    ignore: z.array(z.string()).default([]),
    skip: z
      .array(
        z
          .object({ column: z.string(), equals: scalar.optional(), matches: z.string().optional(), empty: z.boolean().optional(), reason: z.string() })
          .strict()
          .refine((rule) => rule.equals !== undefined || rule.matches !== undefined || rule.empty !== undefined, { error: 'needs equals, matches or empty: true' }),
      )
      .default([]),
    organisations: z.array(z.string()).default([]),
    bodies: stringMap.default({}),
    posts: z.record(z.string(), z.union([scalar, stringMap])).default({}),
  })
  .strict();

export type Mapping = z.output<typeof mappingSchema>;

export const EMPTY_MAPPING: Mapping = mappingSchema.parse({});

/** Reads a mapping file; the problems say which key is wrong and how to fix it. */
export function readMapping(text: string, file: string): { mapping?: Mapping; problems: string[] } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { problems: [`${file}: is not valid YAML or JSON: ${(error as Error).message.split('\n')[0] ?? ''}`] };
  }
  const result = mappingSchema.safeParse(value ?? {});
  if (result.success) return { mapping: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.') || '(file)';
      if (issue.code === 'unrecognized_keys') return `${file}: ${where}  has ${issue.keys.map((k) => `"${k}"`).join(', ')}, not a key of a mapping file: use columns, fixed, template, transform, values, split, officials, ignore, skip, organisations, bodies, posts, decimal, encoding, delimiter, sheet, headerRow, each`;
      return `${file}: ${where}  ${issue.message}`;
    }),
  };
}

/** The transformations of a field, in order. */
export function transformsOf(mapping: Mapping, field: string): string[] {
  const value = mapping.transform[field];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The columns a template names in braces: `{Nummer}` in `https://register.example.org/gifts/{Nummer}`. */
export function templateColumns(template: string): string[] {
  return [...template.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? '');
}

/**
 * A template filled with a row's cells; for a web address each cell is URL-encoded. Undefined, with the
 * empty columns, when a column it names is empty: no address is made from part of a record's id.
 */
export function fillTemplate(template: string, cells: Record<string, string>, encode: boolean): { value?: string; empty: string[] } {
  const empty = templateColumns(template).filter((column) => (cells[column] ?? '').trim() === '');
  if (empty.length) return { empty };
  return { value: template.replace(/\{([^{}]+)\}/g, (_, column: string) => (encode ? encodeURIComponent((cells[column] ?? '').trim()) : (cells[column] ?? '').trim())), empty };
}

/** The source columns that feed a field, in order. */
export function columnsOf(mapping: Mapping, field: string): string[] {
  const value = mapping.columns[field];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Without a mapping, each field takes the column with its name (case, spaces and accents aside), so
 * that a file made from a template imports as it is.
 */
export function withDefaultColumns(mapping: Mapping, fields: readonly string[], header: readonly string[]): Mapping {
  const columns = { ...mapping.columns };
  const loose = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
  for (const field of fields) {
    if (columns[field] !== undefined || mapping.fixed[field] !== undefined || mapping.template[field] !== undefined) continue;
    // Text mapped in one language (`description.fr: Description`) is not also taken as the default language's.
    if (!field.includes('.') && [...Object.keys(columns), ...Object.keys(mapping.fixed)].some((name) => name.startsWith(`${field}.`))) continue;
    const found = header.find((name) => loose(name) === loose(field));
    if (found !== undefined) columns[field] = found;
  }
  return { ...mapping, columns };
}
