/**
 * Where the fields of a YAML record are written, kept as a small table so that a record given back by the
 * record cache (record-cache.ts) answers `locate` without its file being parsed again. The datasets ask for
 * the line of every mandate, side position and signature (`['sidePositions', 3]`): paths of at most two
 * steps, which the table holds, each with the place the parser's own `locate` gives. A deeper path, asked
 * only to report a problem, parses the file again.
 */
import type { Locate, Place } from '../problems.ts';

/** The deepest path the table holds. */
const DEPTH = 2;
/** A key no record has: the place `locate` gives for a missing field below a path. */
const MISSING = '\u0000missing';

/** Per path (its steps joined by NUL): line and column, then those of a missing field below it. */
export type PlaceTable = Record<string, [number, number, number, number]>;

const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/** The table of a record whose value is `value`, from the parser's `locate` of that record. */
export function placeTable(value: unknown, locate: Locate): PlaceTable {
  const table: PlaceTable = {};
  const add = (path: PropertyKey[], item: unknown) => {
    const own = locate(path);
    const missing = locate([...path, MISSING]);
    table[keyOf(path)] = [own.line, own.column, missing.line, missing.column];
    if (path.length < DEPTH && typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) add([...path, Array.isArray(item) ? Number(key) : key], child);
    }
  };
  add([], value);
  return table;
}

/**
 * `locate` from a table: a path of at most two steps is answered by the table as the parser would (the
 * longest part of it written in the file, and for a field that is missing, the place of its parent's
 * first key); a longer one by `parse()`, which reads the file again.
 */
export function locateFrom(table: PlaceTable, file: string, parse: () => Locate): Locate {
  return (path) => {
    if (path.length > DEPTH) return parse()(path);
    for (let depth = path.length; depth >= 0; depth--) {
      const found = table[keyOf(path.slice(0, depth))];
      if (found) return depth === path.length ? place(file, found[0], found[1]) : place(file, found[2], found[3]);
    }
    return parse()(path);
  };
}

const place = (file: string, line: number, column: number): Place => ({ file, line, column });
