/**
 * Labels of enum values for readers, declared in each schema next to the values they name (a value
 * without a label in every language is a type error there), and read with `labelOf`.
 */
import type { Lang } from './fields.ts';

/** A label in every language for each value of an enum. */
export type EnumLabels<Value extends string> = Readonly<Record<Value, Readonly<Record<Lang, string>>>>;

/**
 * The label of an enum value in a language. Sums keep their values as text (`Total.key`): a text that is
 * not a value of the enum, which validation never lets through, is shown as written.
 */
export function labelOf<Value extends string>(labels: EnumLabels<Value>, value: NoInfer<Value> | (string & {}), lang: Lang): string {
  return Object.hasOwn(labels, value) ? labels[value as Value][lang] : value;
}
