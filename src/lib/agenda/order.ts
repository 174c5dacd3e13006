/** The order of the agenda everywhere on the site: newest first by day and start time, then by id. */
export const newestFirst = <T extends { date: string; id: string; start?: string | undefined }>(a: T, b: T): number => {
  const left = a.date + (a.start ?? '');
  const right = b.date + (b.start ?? '');
  return left < right ? 1 : left > right ? -1 : a.id < b.id ? -1 : 1;
};
