/**
 * The references of a record schema, read from the `ref` meta its fields carry (`ref(kind, example)` in
 * fields.ts), so that no list of references is written by hand: where each one sits (a path, `*` for
 * every item of a list) and what it points at. `refsIn` finds them in a record.
 */
import { z } from 'zod';
import type { RefTarget } from './fields.ts';

/** What a reference points at: what it is called and the fix its message gives when the id is not there. */
export const REF_TARGETS: Record<RefTarget, { noun: string; fix: string; suggest: 'closest' | 'all' }> = {
  official: { noun: 'an official', fix: 'use the id of a file in data/officials/', suggest: 'closest' },
  body: { noun: 'a body', fix: 'use an id from bodies.yaml', suggest: 'closest' },
  post: { noun: 'a post', fix: 'use a post id from bodies.yaml', suggest: 'closest' },
  'code version': { noun: 'a version of the code', fix: 'use one listed under ethicsCode in site.yaml', suggest: 'all' },
};

export interface RefPath {
  /** Field names, `*` for every item of a list, e.g. `['mandates', '*', 'body']`. */
  path: readonly string[];
  target: RefTarget;
}

export interface RefValue {
  /** The place of the value in the record, with list indexes, e.g. `['mandates', 0, 'body']`. */
  path: PropertyKey[];
  value: string;
  target: RefTarget;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every reference of a schema, in the order its fields are declared. */
export function refPaths(schema: z.ZodType, at: readonly string[] = []): RefPath[] {
  const meta = z.globalRegistry.get(schema);
  if (meta?.kind === 'ref' && meta.ref !== undefined) return [{ path: at, target: meta.ref }];
  const def = defOf(schema);
  if (def.innerType) return refPaths(def.innerType, at);
  if (def.type === 'pipe') {
    // A preprocessed value (`list`, `ref`) or a value checked further (`.pipe(…)`): either side may hold it.
    const found = [...(def.in ? refPaths(def.in, at) : []), ...(def.out ? refPaths(def.out, at) : [])];
    return found.filter((ref, index) => found.findIndex((other) => other.path.join('.') === ref.path.join('.')) === index);
  }
  if (def.type === 'array' && def.element) return refPaths(def.element, [...at, '*']);
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([name, field]) => refPaths(field, [...at, name]));
  return [];
}

/** The references a record holds, each with its place; values left out are not references. */
export function refsIn(record: unknown, paths: readonly RefPath[]): RefValue[] {
  const found: RefValue[] = [];
  const walk = (value: unknown, rest: readonly string[], at: PropertyKey[], target: RefTarget): void => {
    const [step, ...more] = rest;
    if (step === undefined) {
      if (typeof value === 'string') found.push({ path: at, value, target });
    } else if (step === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, more, [...at, index], target));
    } else if (typeof value === 'object' && value !== null) {
      walk((value as Record<string, unknown>)[step], more, [...at, step], target);
    }
  };
  for (const { path, target } of paths) walk(record, path, [], target);
  return found;
}
