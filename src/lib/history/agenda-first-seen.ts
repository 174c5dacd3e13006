/**
 * When each agenda entry first appeared in the repository: the date of the first commit whose agenda
 * files hold its id. Entries of the first commit that brought agenda files are a back-fill, whose
 * publication date history cannot tell, and are left out; so are entries not committed yet. Without git
 * or history, the map is empty.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

export function agendaFirstPublished(siteDir: string): Map<string, string> {
  const published = new Map<string, string>();
  const top = git(siteDir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return published;
  const folder = relative(top, `${siteDir}/data/agenda`) || 'data/agenda';
  const log = git(top, ['log', '--reverse', '--format=%H %cs', '--', folder]);
  if (!log) return published;
  const seen = new Set<string>();
  log
    .trim()
    .split('\n')
    .forEach((line, index) => {
      const [commit, day] = line.split(' ');
      if (!commit || !day) return;
      const files = git(top, ['ls-tree', '-r', '--name-only', commit, '--', folder])?.split('\n').filter((file) => file.endsWith('.csv')) ?? [];
      for (const file of files) {
        const text = git(top, ['show', `${commit}:${file}`]) ?? '';
        for (const match of text.matchAll(/^\uFEFF?"?([a-z0-9]+(?:-[a-z0-9]+)*)"?[,;\t]/gm)) {
          const id = match[1] as string;
          if (seen.has(id)) continue;
          seen.add(id);
          if (index > 0) published.set(id, day);
        }
      }
    });
  return published;
}
