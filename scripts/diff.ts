/**
 * What a pull request changes in the data: `npm run diff -- <git-ref>` prints, as Markdown, the records
 * added, changed (field by field) and removed per kind between that commit and the working tree.
 * Without a ref, it compares with HEAD (the changes not committed yet). The organisation is
 * VITRINE_SITE_DIR. In CI: `npm run --silent diff -- "$(git merge-base origin/main HEAD)" >> "$GITHUB_STEP_SUMMARY"`.
 */
import { relative } from 'node:path';
import { diffMarkdown } from '../src/lib/staff/diff/markdown.ts';
import { diffSites } from '../src/lib/staff/diff/records.ts';
import { snapshotAt } from '../src/lib/staff/diff/git-snapshot.ts';
import { loadSite } from '../src/lib/loading/load-site.ts';
import { formatProblem } from '../src/lib/loading/problems.ts';
import { siteDir } from '../src/lib/loading/site-dir.ts';

const ref = process.argv[2] ?? 'HEAD';
const dir = siteDir();
let snapshot;
try {
  snapshot = snapshotAt(ref, dir);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(2);
}
try {
  const before = snapshot.hasSite ? await loadSite(snapshot.dir) : undefined;
  const after = await loadSite(dir);
  if (!after.data) {
    console.error(`✗ the data in ${relative(process.cwd(), dir) || '.'} cannot be read: run npm run validate`);
    process.exit(1);
  }
  const problems = after.problems.map((problem) => formatProblem(problem, dir));
  console.log(diffMarkdown(diffSites(before?.data, after.data), `Data changes since \`${ref}\` (${snapshot.commit})`, problems));
} finally {
  snapshot.cleanup();
}
