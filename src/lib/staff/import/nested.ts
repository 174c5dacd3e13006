/**
 * Reads a JSON file of nested records (people with lists of positions, gifts or trips) as a table: one
 * row per element of the list that the mapping's `each:` names, with the fields of that element and of
 * the elements that hold it. For example, with
 *
 *   each: people[].gifts[]
 *   columns: { date: date, value: value, giver: giver.name, official: ../name }
 *
 * every gift of every person is a row; `giver.name` is a field inside the gift, `../name` the name of
 * the person whose list holds the gift (`../../` goes up two levels). A path starting with `[]` reads a
 * file that is a list. Lists of plain values are one cell, `; `-separated; lists of objects other than
 * the one `each` goes through are not columns. Numbers keep the digits the file writes (`1250.50`).
 * Every row keeps the line its element starts on and its place (`people[2].gifts[0]`) for the report.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourceRow, SourceTable } from './delimited.ts';

interface Step {
  key: string;
  list: boolean;
}

/** The steps of an `each:` path, or why it is not one. */
export function eachSteps(path: string): Step[] | string {
  const parts = path.split('.');
  const steps: Step[] = [];
  for (const part of parts) {
    const match = /^([^[\]]*)(\[\])?$/.exec(part.trim());
    if (!match || (match[1] === '' && (match[2] === undefined || steps.length > 0))) return `"${path}" is not a path of lists: write the keys from the top of the file to the list of records, each list followed by [], e.g. people[].gifts[]`;
    steps.push({ key: match[1] ?? '', list: match[2] !== undefined });
  }
  if (!steps.at(-1)?.list) return `"${path}" must end with [] (the list whose elements are the records), e.g. people[].gifts[]`;
  return steps;
}

export function readNested(text: string, each: string): SourceTable {
  const steps = eachSteps(each);
  if (typeof steps === 'string') throw new Error(`cannot be read with each: ${steps}`);
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: false });
  if (document.errors.length) throw new Error(`is not valid JSON: ${document.errors[0]?.message.split('\n')[0] ?? ''}`);
  const table: SourceTable = { header: [], rows: [], unreadable: [] };
  const header = new Set<string>();
  const lineOf = (node: Node | null | undefined) => lines.linePos(node?.range?.[0] ?? 0).line;

  const walk = (node: unknown, index: number, holders: Node[], where: string) => {
    if (index === steps.length) {
      const line = lineOf(node as Node);
      if (!isMap(node)) {
        table.unreadable.push({ line, message: `${where} is not an object with fields: each: ${each} must name a list of objects` });
        return;
      }
      const cells: Record<string, string> = {};
      const typed = new Set<string>();
      flatten(node, '', cells, typed);
      holders.forEach((holder, level) => flatten(holder, '../'.repeat(holders.length - level), cells, typed));
      for (const name of Object.keys(cells)) header.add(name);
      const row: SourceRow = { line, cells, where: `${line} ${where}` };
      if (typed.size) row.typed = typed;
      table.rows.push(row);
      return;
    }
    const step = steps[index] as Step;
    if (step.key !== '' && !isMap(node)) {
      table.unreadable.push({ line: lineOf(node as Node), message: `${where || 'the file'} has no field "${step.key}": it is not an object (each: ${each})` });
      return;
    }
    const child = step.key === '' ? node : (node as { get(key: string, keep: true): unknown }).get(step.key, true);
    const at = step.key === '' ? where : where ? `${where}.${step.key}` : step.key;
    if (!step.list) {
      if (child !== undefined && child !== null) walk(child, index + 1, holders, at);
      return;
    }
    if (child === undefined || child === null) return; // a person without gifts has no rows
    if (!isSeq(child)) {
      table.unreadable.push({ line: lineOf(child as Node), message: `${at} is not a list (each: ${each})` });
      return;
    }
    const holdersBelow = isMap(node) && step.key !== '' ? [...holders, node as Node] : holders;
    child.items.forEach((item, n) => walk(item, index + 1, holdersBelow, `${at}[${n}]`));
  };
  walk(document.contents, 0, [], '');
  table.header = [...header];
  for (const row of table.rows) for (const name of table.header) row.cells[name] ??= '';
  return table;
}

/** The plain values of an object as cells named by their path (`giver.name`), with `prefix` (`../`) before. */
function flatten(node: unknown, prefix: string, cells: Record<string, string>, typed: Set<string>, path = ''): void {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const name = path ? `${path}.${key}` : key;
    const value = pair.value;
    if (isScalar(value)) {
      const number = typeof value.value === 'number';
      cells[`${prefix}${name}`] = value.value === null ? '' : number && typeof value.source === 'string' ? value.source : String(value.value);
      if (number) typed.add(`${prefix}${name}`);
    } else if (isMap(value)) flatten(value, prefix, cells, typed, name);
    else if (isSeq(value) && value.items.every((item) => isScalar(item))) cells[`${prefix}${name}`] = value.items.map((item) => String((item as { value: unknown }).value ?? '')).join('; ');
  }
}
