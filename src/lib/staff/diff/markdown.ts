/**
 * The diff as Markdown for a pull request or a GitHub job summary: a table of counts per kind, then per
 * kind the records added and removed (with a short summary and where they are) and every changed field
 * with its value before and after. Long lists are cut with a count of what was left out.
 */
import type { KindDiff, RecordRef } from './records.ts';

const MAX_ROWS = 200;

export function cell(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ⏎ ').replace(/`/g, '\\`');
  return escaped === '' ? '*(empty)*' : escaped.length > 120 ? `${escaped.slice(0, 117)}…` : escaped;
}

function summary(record: RecordRef): string {
  return Object.entries(record.fields)
    .filter(([, value]) => value !== '')
    .slice(0, 5)
    .map(([, value]) => value.replace(/\s+/g, ' '))
    .join(' · ');
}

function capped<T>(rows: T[], render: (row: T) => string, columns: number): string[] {
  const lines = rows.slice(0, MAX_ROWS).map(render);
  if (rows.length > MAX_ROWS) lines.push(`| … and ${rows.length - MAX_ROWS} more |${' |'.repeat(columns - 1)}`);
  return lines;
}

export function diffMarkdown(diffs: readonly KindDiff[], heading: string, problems: readonly string[] = []): string {
  const touched = diffs.filter((d) => d.added.length || d.changed.length || d.removed.length);
  const lines = [`## ${heading}`, ''];
  if (problems.length) lines.push(`> ⚠️ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the data (records with problems are left out of this comparison; see \`npm run validate\`):`, ...problems.slice(0, 10).map((p) => `> - ${cell(p)}`), '');
  if (touched.length === 0) return [...lines, 'No records were added, changed or removed.', ''].join('\n');
  lines.push('| kind | added | changed | removed |', '|---|--:|--:|--:|');
  for (const d of touched) lines.push(`| ${d.title} | ${d.added.length} | ${d.changed.length} | ${d.removed.length} |`);
  for (const d of touched) {
    lines.push('', `### ${d.title}`);
    for (const [label, records] of [['Added', d.added], ['Removed', d.removed]] as const) {
      if (!records.length) continue;
      lines.push('', `**${label} (${records.length})**`, '', '| record | summary | where |', '|---|---|---|');
      lines.push(...capped(records, (r) => `| \`${cell(r.key)}\` | ${cell(summary(r))} | ${cell(r.where)} |`, 3));
    }
    if (d.changed.length) {
      lines.push('', `**Changed (${d.changed.length})**`, '', '| record | field | before | after |', '|---|---|---|---|');
      const rows = d.changed.flatMap((r) => r.changes.map((change) => ({ r, change })));
      lines.push(...capped(rows, ({ r, change }) => `| \`${cell(r.key)}\` | ${cell(change.field)} | ${cell(change.before)} | ${cell(change.after)} |`, 4));
    }
  }
  return [...lines, ''].join('\n');
}
