/**
 * The templates staff download: an empty CSV with the header of every CSV kind (and of the two import
 * tables, officials and side positions), and example files for the YAML and Markdown kinds, where every
 * field carries its description from the schema as a comment. Which kinds have one, and their examples,
 * is in the registry (src/schemas/kinds.ts); the rest comes from the schemas, so that a new field reaches
 * the templates when `npm run templates` runs (a test checks they are up to date).
 */
import { Document, isMap, isSeq, visit, type Node } from 'yaml';
import type { z } from 'zod';
import { KIND_LIST } from '../../schemas/kinds.ts';
import { fieldsOf } from '../loading/schema-fields.ts';
import { csvLine } from '../datasets/csv-format.ts';
import { csvColumns } from './import/kinds.ts';
import { officialRowSchema } from './import/official-rows.ts';
import { sidePositionRowSchema } from './import/plan-declarations.ts';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema of a list of records (mandates, sidePositions…), if the field is one. */
function itemObject(schema: z.ZodType): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'object') return current as z.ZodObject;
    else return undefined;
  }
  return undefined;
}

/** Puts each field's description above it, in the map, in nested maps and in the first item of each list of records. */
function annotate(node: Node | null | undefined, schema: z.ZodObject): void {
  if (!isMap(node)) return;
  const fields = new Map(fieldsOf(schema).map((field) => [field.name, field]));
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const field = fields.get(key);
    if (!field) continue;
    if (field.description) (pair.key as Node).commentBefore = ` ${field.description}${field.required ? '' : ' (optional)'}`;
    const inner = itemObject(field.schema);
    if (inner && isSeq(pair.value) && pair.value.items[0]) annotate(pair.value.items[0] as Node, inner);
    else if (inner && isMap(pair.value)) annotate(pair.value, inner);
  }
}

/** A YAML file of `example`, each field with its description from `schema` as a comment above it. */
export function commentedYaml(schema: z.ZodObject, example: Record<string, unknown>, heading: string): string {
  const document = new Document(example);
  annotate(document.contents, schema);
  document.commentBefore = heading;
  // Times in quotes, so that no YAML reader takes 19:30 for a number.
  visit(document, { Scalar: (_, node) => void (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value) && (node.type = 'QUOTE_DOUBLE')) });
  return document.toString({ lineWidth: 0 });
}

/** Every template by file name, as it is published under /templates/: each kind's (see its `template` in the registry), then the import tables'. */
export function makeTemplates(): Map<string, string> {
  const templates = new Map<string, string>();
  for (const kind of KIND_LIST) {
    const template = kind.template;
    if (!template) continue;
    if (!('example' in template)) {
      templates.set(template.file, `${csvLine(csvColumns(kind.schema))}\n`);
      continue;
    }
    const yaml = commentedYaml(kind.schema, template.example, template.heading);
    templates.set(template.file, template.body === undefined ? yaml : `---\n${yaml}---\n\n${template.body}`);
  }
  templates.set('import-officials.csv', `${csvLine(csvColumns(officialRowSchema))}\n`);
  templates.set('import-side-positions.csv', `${csvLine(csvColumns(sidePositionRowSchema))}\n`);
  return templates;
}
