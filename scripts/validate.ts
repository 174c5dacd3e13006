/**
 * Checks every file of the organisation without building: `npm run validate`.
 * Prints every problem as `path:line:column  field  message` and exits 1, or one summary line and exits 0.
 */
import { relative } from 'node:path';
import { loadSite } from '../src/lib/load-site.ts';
import { formatProblem, sortProblems } from '../src/lib/problems.ts';
import { siteDir } from '../src/lib/site-dir.ts';
import { summarise } from '../src/lib/summary.ts';

const dir = siteDir();
const { data, problems } = await loadSite(dir);
if (problems.length > 0 || !data) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), dir) || '.'}: nothing was published. Fix the lines above and run npm run validate again.`);
  process.exit(1);
}
console.log(`✓ 0 problems: ${summarise(data)}`);
