/**
 * What an import produces: one outcome per input row (added, already there, used or skipped, with the
 * problems that made it skipped), the file changes to make, and notes about the file as a whole.
 * Nothing from the input is left without an outcome.
 */

export type Status = 'added' | 'already there' | 'used' | 'skipped';

export interface RowProblem {
  /** The field, as in `npm run validate` (`date`, `mandates.0.end`); empty for the whole row. */
  field: string;
  /** The source column the field came from, when there is one. */
  column?: string;
  message: string;
  /** A value refused because it looks like a private individual's name, for the report's list of them. */
  refusedName?: string;
}

export interface Outcome {
  /** Line of a delimited file, row of a sheet, or position in a JSON file such as `persons[3]`. */
  where: string;
  /** For sorting: the line or index. */
  order: number;
  status: Status;
  /** The id of the record written or found. */
  record?: string;
  /** Where the record is (file:line), or what the row was used for. */
  target?: string;
  problems: RowProblem[];
  /** Remarks that do not stop the row, e.g. "3 private individuals counted, not named". */
  notes?: string[];
}

/** A change to one file of the organisation, relative to its folder. */
export interface FileChange {
  path: string;
  /** `append` adds text at the end of an existing file; `write` writes the whole file. */
  mode: 'append' | 'write';
  text: string;
  /** What the change adds, for the report: e.g. "+12 rows". */
  summary: string;
}

/** A section of the report after the rows, e.g. the organisations met without an entry in data/organisations.yaml. */
export interface ReportSection {
  title: string;
  lines: string[];
}

export interface ImportResult {
  kind: string;
  source: string;
  /** Problems that stop the whole import (mapping errors, an organisation that does not validate). */
  fatal: string[];
  /** Remarks on the file: encoding, separator, columns not imported. */
  notes: string[];
  outcomes: Outcome[];
  changes: FileChange[];
  /** Sections the report prints after the rows; none for most imports. */
  sections?: ReportSection[];
}

export const emptyResult = (kind: string, source: string): ImportResult => ({ kind, source, fatal: [], notes: [], outcomes: [], changes: [] });

/** Lines of the input that could not be read as rows are reported as skipped, each with why. */
export function reportUnreadable(result: ImportResult, unreadable: ReadonlyArray<{ line: number; message: string }>): void {
  for (const bad of unreadable) result.outcomes.push({ where: String(bad.line), order: bad.line, status: 'skipped', problems: [{ field: '', message: bad.message }] });
}
