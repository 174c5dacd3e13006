/**
 * Labels of enum values for readers, declared in each schema next to the values they name (a value
 * without a label in every language is a type error there), and read with `labelOf`; and `oneOf`, the
 * field of one of a fixed set of values, which keeps the labels it is given for readers of the field
 * alone (`labelsOf`: the changes pages and feeds show a value by its label).
 */
import { z } from 'zod';
import type { Lang } from './fields.ts';
import { blankToUndefined, shown } from './raw-values.ts';

/** A label in every language for each value of an enum. */
export type EnumLabels<Value extends string> = Readonly<Record<Value, Readonly<Record<Lang, string>>>>;

/**
 * The label of an enum value in a language. Sums keep their values as text (`Total.key`): a text that is
 * not a value of the enum, which validation never lets through, is shown as written.
 */
export function labelOf<Value extends string>(labels: EnumLabels<Value>, value: NoInfer<Value> | (string & {}), lang: Lang): string {
  return Object.hasOwn(labels, value) ? labels[value as Value][lang] : value;
}

/**
 * The labels that `oneOf` was given, kept in a registry of their own (not the global one, whose
 * metadata becomes JSON Schema), keyed by the enum inside the field: read with `labelsOf`.
 */
const enumLabels = z.registry<{ labels: EnumLabels<string> }>();

/** One of a fixed set of values; with `labels` (declared next to the values), readers see each value by its label. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, labels?: EnumLabels<T[number]>) {
  const choice = z.enum(values, {
    error: (iss) => (iss.input === undefined ? `is required: write one of ${values.join(', ')}` : `${shown(iss.input)} is not allowed: write one of ${values.join(', ')}`),
  });
  if (labels) enumLabels.add(choice, { labels });
  return z.preprocess((value) => (typeof value === 'string' ? blankToUndefined(value.toLowerCase()) : blankToUndefined(value)), choice).meta({ kind: 'enum', example: values[0] });
}

/** The labels `oneOf` was given for the enum of a field (through optional, default and piped wrappers), or undefined. */
export function labelsOf(schema: z.ZodType | undefined): EnumLabels<string> | undefined {
  if (!schema) return undefined;
  const found = enumLabels.get(schema);
  if (found) return found.labels;
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType } } })._zod.def;
  if (def.innerType) return labelsOf(def.innerType);
  return def.type === 'pipe' ? (labelsOf(def.out) ?? labelsOf(def.in)) : undefined;
}
