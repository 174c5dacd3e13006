/**
 * The organisation an import writes into: loaded and validated through `loadSite`, as `npm run
 * validate` does. An import into an organisation that does not validate is refused, so that ids,
 * duplicates and references are worked out against records that are all known.
 */
import { loadSite, type SiteData } from '../../loading/load-site.ts';
import { formatProblem, sortProblems } from '../../loading/problems.ts';
import { OfficialFinder } from './people.ts';
import type { Mapping } from './mapping.ts';

export interface Organisation {
  site: SiteData;
  officialIds: Set<string>;
  finder: OfficialFinder;
}

export async function loadOrganisation(dir: string, mapping: Mapping): Promise<{ organisation?: Organisation; fatal: string[] }> {
  const { data, problems } = await loadSite(dir);
  if (!data || problems.length > 0) {
    return {
      fatal: [
        `the organisation in ${dir} does not validate: fix these problems first (npm run validate), then import again`,
        ...sortProblems(problems).slice(0, 20).map((problem) => `  ${formatProblem(problem)}`),
        ...(problems.length > 20 ? [`  … and ${problems.length - 20} more`] : []),
      ],
    };
  }
  const officials = data.officials.map((official) => ({ id: official.data.id, name: official.data.name, sortName: official.data.sortName }));
  return { organisation: { site: data, officialIds: new Set(officials.map((official) => official.id)), finder: new OfficialFinder(officials, mapping.officials) }, fatal: [] };
}

/** Values with dotted names (`title.nl`) nested as the schemas read them; plain text beside them goes in the default language. */
export function nest(values: Readonly<Record<string, string>>, defaultLanguage: string): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  const entries = Object.entries(values);
  for (const [name, value] of entries) {
    const dot = name.indexOf('.');
    if (dot === -1) continue;
    const parent = name.slice(0, dot);
    const object = (nested[parent] ?? {}) as Record<string, string>;
    object[name.slice(dot + 1)] = value;
    nested[parent] = object;
  }
  for (const [name, value] of entries) {
    if (name.includes('.')) continue;
    const existing = nested[name];
    if (existing === undefined) nested[name] = value;
    else if (typeof existing === 'object' && existing !== null) (existing as Record<string, string>)[defaultLanguage] ??= value;
  }
  return nested;
}
