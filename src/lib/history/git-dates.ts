/** The day files last changed, from git history: the date of the last commit touching them. */
import { execFileSync } from 'node:child_process';

/** `YYYY-MM-DD` of the last commit touching any of the paths (relative to `cwd`), or undefined without history. */
export function lastChanged(cwd: string, paths: string[]): string | undefined {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
  } catch {
    return undefined;
  }
}
