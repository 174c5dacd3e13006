/** Groups records by a key in one pass, keeping their order. */
export function groupBy<T>(records: Iterable<T>, key: (record: T) => string | readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const keys = key(record);
    for (const name of typeof keys === 'string' ? [keys] : keys) {
      const group = groups.get(name);
      if (group) group.push(record);
      else groups.set(name, [record]);
    }
  }
  return groups;
}
