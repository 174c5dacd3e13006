/** Reads the fields of an object schema: their names, whether they are required, and their metadata. */
import { z } from 'zod';
import { LANGUAGES, type Lang } from '../../schemas/fields.ts';

export interface FieldInfo {
  name: string;
  required: boolean;
  kind: string;
  description: string;
  /** The description in every interface language, where the schema gives it. */
  descriptions?: { en: string; nl: string; fr: string };
  example?: string;
  /** For list fields: the kind of their items. */
  itemKind?: string;
  schema: z.ZodType;
}

type Internal = { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType } } };

/** Metadata of a schema, looking through optional, default and pipe wrappers. */
export function metaOf(schema: z.ZodType): z.GlobalMeta {
  let current: z.ZodType | undefined = schema;
  const found: z.GlobalMeta = {};
  while (current) {
    const meta = z.globalRegistry.get(current);
    if (meta) for (const [key, value] of Object.entries(meta)) if (!(key in found)) (found as Record<string, unknown>)[key] = value;
    const def: Internal['_zod']['def'] = (current as unknown as Internal)._zod.def;
    current = def.type === 'optional' || def.type === 'default' || def.type === 'nullable' ? def.innerType : def.type === 'pipe' && !found.kind ? def.in : undefined;
  }
  return found;
}

/** The fields of a zod object schema, in the order they are declared. */
export function fieldsOf(schema: z.ZodObject): FieldInfo[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const meta = metaOf(field);
    const info: FieldInfo = {
      name,
      required: !field.safeParse(undefined).success,
      kind: meta.kind ?? kindOfPlain(field),
      description: meta.description ?? '',
      schema: field,
    };
    if (meta.descriptions !== undefined) info.descriptions = meta.descriptions;
    if (meta.example !== undefined) info.example = meta.example;
    return info;
  });
}

/**
 * The columns a field is written in, in CSV files and tables: text in several languages gets one per
 * language (`title.nl`, `title.fr`, `title.en`), and with `bare` also its own name (text in the default
 * language, as staff may write it); any other field one column of its name.
 */
export function columnsOfField(field: FieldInfo, languages: readonly Lang[] = LANGUAGES, bare = false): Array<{ name: string; lang?: Lang }> {
  if (field.kind !== 'localized') return [{ name: field.name }];
  return [...(bare ? [{ name: field.name }] : []), ...languages.map((lang) => ({ name: `${field.name}.${lang}`, lang }))];
}

function kindOfPlain(schema: z.ZodType): string {
  let def = (schema as unknown as Internal)._zod.def;
  while ((def.type === 'optional' || def.type === 'default') && def.innerType) def = (def.innerType as unknown as Internal)._zod.def;
  return def.type === 'array' ? 'list' : def.type === 'object' ? 'object' : def.type;
}
