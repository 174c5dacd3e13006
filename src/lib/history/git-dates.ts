/** The day files last changed, from git history: the date of the last commit touching them. */
import { git } from './git.ts';

/** `YYYY-MM-DD` of the last commit touching any of the paths (relative to `cwd`), or undefined without history. */
export function lastChanged(cwd: string, paths: string[]): string | undefined {
  try {
    const day = git(cwd, ['log', '-1', '--format=%cs', '--', ...paths]).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
  } catch {
    return undefined;
  }
}
