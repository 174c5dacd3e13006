/**
 * The appointments of the last days: what the home page counts ("67 appointments in the last 30 days")
 * and the page its figure links to (`/<lang>/agenda/recent/`) lists, worked out here once so that the
 * figure and the list cannot disagree. Pure: no Astro, no DOM, no Node.
 */

/** How many days the home page's figure and the recent appointments' page look back, today included. */
export const RECENT_DAYS = 30;

/** The first and last day (`YYYY-MM-DD`, both included) of the `days` days up to and including `today`. */
export function recentWindow(today: string, days: number = RECENT_DAYS): { from: string; to: string } {
  if (!Number.isInteger(days) || days < 1) throw new Error(`a window holds at least one day, not ${days}`);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today };
}

/** The entries dated within the window, in the order given (newest first for the agenda). */
export function recentEntries<E extends { date: string }>(entries: readonly E[], window: { from: string; to: string }): E[] {
  return entries.filter((entry) => entry.date >= window.from && entry.date <= window.to);
}
