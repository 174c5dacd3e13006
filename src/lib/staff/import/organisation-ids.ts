/**
 * A section of the agenda import's report: the organisations of the imported rows that have no entry in
 * data/organisations.yaml (so no ids in registers), and those written differently from an entry whose
 * name or alias has the same slug, with that entry suggested. Nothing is merged or written: staff decide.
 */
import { organisationSlug } from '../../agenda/organisations.ts';
import { organisationsBySlug } from '../../agenda/organisation-ids.ts';
import type { Organisation } from '../../../schemas/organisation.ts';
import type { ReportSection } from './types.ts';

export function organisationSection(entries: readonly Organisation[], rows: ReadonlyArray<{ line: number; organisations?: readonly string[] | undefined }>): ReportSection | undefined {
  const bySlug = organisationsBySlug(entries);
  const missing = new Map<string, number[]>();
  const differently = new Map<string, { entry: string; lines: number[] }>();
  for (const row of rows) {
    for (const raw of new Set(row.organisations ?? [])) {
      const name = raw.trim();
      if (name === '') continue;
      const entry = bySlug.get(organisationSlug(name));
      if (!entry) missing.set(name, [...(missing.get(name) ?? []), row.line]);
      else if (entry.name !== name && !entry.aliases.includes(name)) {
        const found = differently.get(name) ?? { entry: entry.name, lines: [] };
        found.lines.push(row.line);
        differently.set(name, found);
      }
    }
  }
  if (missing.size === 0 && differently.size === 0) return undefined;
  const title = 'Organisations and data/organisations.yaml';
  // An organisation that keeps no organisations.yaml is told once, not once per organisation.
  if (entries.length === 0) return { title, lines: [`no entry for any of the ${missing.size} organisation${missing.size === 1 ? '' : 's'} met: data/organisations.yaml (optional) gives organisations their ids in registers`] };
  const at = (lines: number[]) => `line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;
  const sorted = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => a.localeCompare(b, 'und'));
  const shown = <V>(map: Map<string, V>, line: (name: string, value: V) => string) => [
    ...sorted(map).slice(0, MAX_NAMED).map(([name, value]) => line(name, value)),
    ...(map.size > MAX_NAMED ? [`… and ${map.size - MAX_NAMED} more`] : []),
  ];
  return {
    title,
    lines: [
      ...shown(missing, (name, lines) => `no entry: "${name}" (${at(lines)}): add it to data/organisations.yaml with its ids in registers, if it has any`),
      ...shown(differently, (name, { entry, lines }) => `written differently: "${name}" (${at(lines)}) has the same page as the entry "${entry}": if it is the same organisation, add "${name}" under its aliases; if not, rename one of them`),
    ],
  };
}

/** At most this many names of each group in the report: a large import stays readable. */
const MAX_NAMED = 25;
