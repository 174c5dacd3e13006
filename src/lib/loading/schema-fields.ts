/** Reads the fields of an object schema: their names, whether they are required, and their metadata. */
import { z } from 'zod';

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

function kindOfPlain(schema: z.ZodType): string {
  let def = (schema as unknown as Internal)._zod.def;
  while ((def.type === 'optional' || def.type === 'default') && def.innerType) def = (def.innerType as unknown as Internal)._zod.def;
  return def.type === 'array' ? 'list' : def.type === 'object' ? 'object' : def.type;
}
