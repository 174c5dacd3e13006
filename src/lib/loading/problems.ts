/** What validation reports to a staff member: a place in a file, the field, and what to do about it. */
import { relative } from 'node:path';

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Problem extends Place {
  /** The field, as a dotted path such as `mandates.0.end`; empty for the whole record or file. */
  field: string;
  message: string;
}

/** Finds where a field of a record is written, given its path inside the record. */
export type Locate = (path: readonly PropertyKey[]) => Place;

/** One line per problem: `path:line:column  field  message`, paths relative to the working folder. */
export function formatProblem(problem: Problem, cwd = process.cwd()): string {
  const file = relative(cwd, problem.file) || problem.file;
  return `${file}:${problem.line}:${problem.column}  ${problem.field || '(record)'}  ${problem.message}`;
}

/** Sorts problems by file, then line, then column, so a report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
}

/** Thrown when files do not validate; carries every problem, not only the first. */
export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data:\n${sortProblems(problems).map((p) => formatProblem(p)).join('\n')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}
