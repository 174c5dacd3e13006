/**
 * What the agenda's filter form offers: the officials named in the agenda and its topics. Worked out once
 * per agenda, because the form is on every page of every month (thousands of pages at a large
 * organisation) and each would otherwise go through every entry again.
 */
const cache = new WeakMap<object, { officials: ReadonlySet<string>; topics: readonly string[] }>();

export function agendaFilterOptions(entries: ReadonlyArray<{ officials: readonly string[]; topics?: readonly string[] | undefined }>): { officials: ReadonlySet<string>; topics: readonly string[] } {
  let options = cache.get(entries);
  if (!options) {
    const officials = new Set<string>();
    const topics = new Set<string>();
    for (const entry of entries) {
      for (const id of entry.officials) officials.add(id);
      for (const topic of entry.topics ?? []) topics.add(topic);
    }
    options = { officials, topics: [...topics] };
    cache.set(entries, options);
  }
  return options;
}
