/**
 * The order of the agenda everywhere on the site (pages, datasets' readers, calendars, feeds): newest
 * first by day; within a day the appointments whose source states no time come first, as a calendar shows
 * a day's untimed line at its top, then the timed ones latest first; ties by id. Meetings use it too.
 */
export const newestFirst = <T extends { date: string; id: string; start?: string | undefined }>(a: T, b: T): number => {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  // No time sorts above every HH:MM of its day ('~' comes after every digit).
  const left = a.start ?? '~';
  const right = b.start ?? '~';
  if (left !== right) return left < right ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};
