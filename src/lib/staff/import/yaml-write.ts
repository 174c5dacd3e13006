/**
 * Writes records into YAML files the way the generator writes them (`yaml` with no line wrapping),
 * and adds items to a list of an existing file through the YAML document, so that the file keeps its
 * comments, its order and the style of what is already there.
 */
import { parseDocument, stringify, isSeq } from 'yaml';
import type { z } from 'zod';
import { fieldsOf } from '../../loading/schema-fields.ts';
import { nest } from './organisation.ts';

const OPTIONS = { lineWidth: 0 } as const;

/** Keeps the file's way of writing `{ nl: … }` or `{nl: …}`: whichever it uses more. */
function optionsFor(text: string) {
  const padded = (text.match(/[[{] [^\s\]}]/g) ?? []).length;
  const tight = (text.match(/[[{][^\s\]}]/g) ?? []).length;
  return { ...OPTIONS, flowCollectionPadding: padded >= tight };
}

export function yamlText(value: unknown): string {
  return stringify(value, OPTIONS);
}

/** Appends items to the list at `path` of a YAML text (creating the list if needed). */
export function appendToList(text: string, path: ReadonlyArray<string | number>, items: readonly unknown[]): string {
  const document = parseDocument(text);
  if (path.length === 0) {
    if (!isSeq(document.contents)) document.contents = document.createNode([]) as typeof document.contents;
    else if (document.contents.items.length === 0) document.contents.flow = false; // `[]`, as npm run init writes it
    for (const item of items) document.add(document.createNode(item));
    return document.toString(optionsFor(text));
  }
  const list = document.getIn(path, true);
  if (!isSeq(list)) document.setIn(path, document.createNode([]));
  else if (list.items.length === 0) list.flow = false; // `[]` becomes a block list once it has items
  for (const item of items) document.addIn(path, document.createNode(item));
  return document.toString(optionsFor(text));
}

/**
 * A record as YAML values in schema order: amounts as decimal text (`"1234.50"`, as the generator
 * writes them), yes/no as booleans, counts as numbers, text in several languages as `{ nl, fr }`.
 */
export function yamlRecord(schema: z.ZodObject, values: Readonly<Record<string, string>>, parsed: Readonly<Record<string, unknown>>, defaultLanguage: string): Record<string, unknown> {
  const nested = nest(values, defaultLanguage);
  const record: Record<string, unknown> = {};
  for (const field of fieldsOf(schema)) {
    const value = nested[field.name];
    if (value === undefined) continue;
    record[field.name] = field.kind === 'boolean' || field.kind === 'count' || field.kind === 'year' ? parsed[field.name] : value;
  }
  return record;
}
