/**
 * Checks every file of the organisation without building: `npm run validate`.
 * Prints every problem as `path:line:column  field  message` and exits 1, or one summary line and exits 0.
 * The signals of the code of ethics follow as warnings: they never fail validation.
 * The validated records of files without a problem are kept in the build's cache, as the build keeps them
 * (src/lib/loading/record-cache.ts): a second run reads only the files changed since.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../src/lib/build/output-cache.ts';
import { recordCacheIn } from '../src/lib/loading/record-cache.ts';
import { unmatchedOrganisations } from '../src/lib/agenda/organisation-ids.ts';
import { loadSite } from '../src/lib/loading/load-site.ts';
import { formatProblem, sortProblems } from '../src/lib/loading/problems.ts';
import { signalsOf } from '../src/lib/rules/signals.ts';
import { siteDir } from '../src/lib/loading/site-dir.ts';
import { summarise } from '../src/lib/loading/summary.ts';
import { today } from '../src/lib/loading/today.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = siteDir();
// The records of files unchanged since the last build or validation come from the build's cache (VITRINE_CACHE=off: none).
const cache = recordCacheIn(root, cacheFolder(root, dir, resolve(process.env.VITRINE_OUT || join(root, 'dist'))));
const { data, problems } = await loadSite(dir, { cache });
await cache?.finish();
if (problems.length > 0 || !data) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), dir) || '.'}: nothing was published. Fix the lines above and run npm run validate again.`);
  process.exit(1);
}
console.log(`✓ 0 problems: ${summarise(data)}`);

const { signals, unmatched, notJudged } = signalsOf(data, today(data.site.timeZone));
for (const problem of sortProblems(unmatched)) console.log(`warning: ${formatProblem(problem)}`);
// An entry of organisations.yaml the agenda does not name (yet) is published all the same: a warning.
for (const problem of unmatchedOrganisations(data.organisations ?? [], data.agenda.map((record) => record.data))) console.log(`warning: ${formatProblem(problem)}`);
if (signals.length > 0) {
  console.log(`\n${signals.length} signal${signals.length === 1 ? '' : 's'} of the code of ethics (warnings; they do not fail validation):`);
  for (const signal of signals) {
    const source = signal.sources[0] ? relative(process.cwd(), join(dir, signal.sources[0])) : '';
    const values = signal.observed ? `${signal.observed} against ${signal.threshold}` : `due ${signal.threshold}`;
    console.log(`warning: ${source}  ${signal.id}  ${values}${signal.acknowledged ? '  (acknowledged)' : ''}`);
  }
}
if (notJudged.length > 0) {
  // Never a signal and never skipped silently: a rule that needs a mandate's start says it could not judge it.
  console.log(`\n${notJudged.length} mandate${notJudged.length === 1 ? '' : 's'} not judged by a rule (start of mandate unknown):`);
  for (const item of notJudged) {
    const official = data.officials.find((record) => record.data.id === item.official);
    const place = official ? `${relative(process.cwd(), official.file)}:${official.locate(['mandates', item.mandate]).line}` : item.official;
    console.log(`note: ${place}  ${item.rule}  ${item.official} as ${item.post}: start of mandate unknown`);
  }
}
