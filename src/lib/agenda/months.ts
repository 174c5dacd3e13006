/** The months of an agenda, newest first, with how many entries each has. */
export interface MonthCount {
  month: string;
  count: number;
}

export function monthsOf(entries: Iterable<{ date: string }>): MonthCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => (a.month < b.month ? 1 : -1));
}
