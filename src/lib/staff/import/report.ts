/**
 * The import report, line by line: every input row with what became of it (added and where, already
 * there and where, used for what, or skipped and why, with the field, the source column and the
 * message `npm run validate` would give), then the files written and one summary line.
 */
import type { ImportResult, Outcome, ReportSection } from './types.ts';

const WIDTH = 13;

export function formatOutcome(source: string, outcome: Outcome): string[] {
  const head = `${source}:${outcome.where}  ${outcome.status.padEnd(WIDTH)}`;
  if (outcome.status === 'skipped') {
    const problems = outcome.problems.length ? outcome.problems : [{ field: '', message: 'could not be imported' }];
    return problems.map((problem) => `${head}  ${problem.field || '(row)'}${'column' in problem && problem.column ? ` (column "${problem.column}")` : ''}  ${problem.message}`);
  }
  const arrow = outcome.status === 'added' ? '→' : outcome.status === 'used' ? 'as' : 'in';
  const line = `${head}  ${outcome.record ?? ''}${outcome.target ? ` ${arrow} ${outcome.target}` : ''}`.trimEnd();
  return [line, ...(outcome.notes ?? []).map((note) => `${' '.repeat(source.length + outcome.where.length + 3)}note: ${note}`)];
}

/**
 * The values refused because they look like private individuals' names, each with its lines, and the key
 * with which staff confirm one that is an organisation. None is ever imported unconfirmed.
 */
function refusedNames(result: ImportResult): ReportSection[] {
  const lines = new Map<string, string[]>();
  for (const outcome of result.outcomes) {
    for (const problem of outcome.problems) {
      if (problem.refusedName === undefined) continue;
      const where = lines.get(problem.refusedName) ?? [];
      if (!where.includes(outcome.where)) where.push(outcome.where);
      lines.set(problem.refusedName, where);
    }
  }
  if (lines.size === 0) return [];
  return [
    {
      title: `names refused as private individuals' (not imported; if one is an organisation, confirm it under organisations: in the mapping file, spelled as here: organisations: ["<name>", …])`,
      lines: [...lines].map(([name, where]) => `${JSON.stringify(name)}  ${where.length === 1 ? 'line' : 'lines'} ${where.join(', ')}`),
    },
  ];
}

export function countOutcomes(result: ImportResult): Record<Outcome['status'], number> {
  const counts = { added: 0, 'already there': 0, used: 0, skipped: 0 };
  for (const outcome of result.outcomes) counts[outcome.status] += 1;
  return counts;
}

export function formatReport(result: ImportResult, written: boolean): string {
  const lines: string[] = [];
  if (result.fatal.length) return [...result.fatal, '', `✗ nothing was imported from ${result.source}.`].join('\n');
  for (const note of result.notes) lines.push(`note: ${note}`);
  for (const outcome of result.outcomes) lines.push(...formatOutcome(result.source, outcome));
  lines.push('');
  for (const section of [...(result.sections ?? []), ...refusedNames(result)]) lines.push(`${section.title}:`, ...section.lines.map((line) => `  ${line}`), '');
  for (const change of result.changes) lines.push(`${written ? 'wrote' : 'would write'} ${change.path}  ${change.summary}`);
  const counts = countOutcomes(result);
  const total = result.outcomes.length;
  const parts = [`${counts.added} added`, `${counts['already there']} already there`, ...(counts.used ? [`${counts.used} used`] : []), `${counts.skipped} skipped`];
  const mark = counts.skipped ? '✗' : '✓';
  const tail = counts.skipped ? ': fix the skipped rows (or the mapping file) and import again; what was added is not added twice' : '';
  lines.push(`${mark} ${total} row${total === 1 ? '' : 's'} in ${result.source}: ${parts.join(', ')}${written || result.changes.length === 0 ? '' : ' (nothing written: --dry-run)'}${tail}`);
  return lines.join('\n');
}
