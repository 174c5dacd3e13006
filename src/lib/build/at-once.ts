/**
 * Work on many files, a few at once: the build's steps that read, look at or write thousands of small files
 * (pages, calendars, a folder's sizes) wait on each file's answer far longer than they compute, so a few
 * files are on their way at once. Hand-written: the one loop that every such step shares.
 */

/**
 * Calls `work` for each place `0 … count - 1`, in order, with at most `width` calls under way at once.
 * On the first failure no further call begins, and the failure is thrown once those under way have ended.
 */
export async function atOnce(count: number, width: number, work: (at: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    for (let at = next++; at < count && !failed; at = next++) {
      try {
        await work(at);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.max(0, Math.min(width, count)) }, lane));
  const refused = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
  if (refused) throw refused.reason;
}
