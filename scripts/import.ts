/**
 * Imports records from another register's export: `npm run import -- <kind> <file> [--mapping <file>] [--dry-run]`.
 * Kinds: agenda, gifts, remuneration, income, expenditure, complaints (CSV, TSV or XLSX), officials
 * (one row per mandate, or a Popolo JSON file), side-positions, popolo. Validates every row before
 * anything is written, never overwrites or repeats a record, writes all or nothing (the organisation
 * is validated with the new files first), and reports every input row. Exits 1 when a row was skipped
 * or nothing could be imported, 0 otherwise. The organisation is VITRINE_SITE_DIR.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { applyChanges, KIND_NAMES, planImport } from '../src/lib/staff/import/run.ts';
import { countOutcomes, formatReport } from '../src/lib/staff/import/report.ts';
import { siteDir } from '../src/lib/loading/site-dir.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mapping: { type: 'string', short: 'm' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
const [kind, file] = positionals;
if (values.help || kind === undefined || file === undefined) {
  console.error(`Usage: npm run import -- <kind> <file> [--mapping <mapping.yaml>] [--dry-run]
  kind: ${KIND_NAMES.join(', ')}
  file: CSV (separated by , ; or tabs), TSV, XLSX, JSON of nested records (each: in the mapping), or Popolo JSON
  See CONTRIBUTING.md for the mapping file.`);
  process.exit(values.help ? 0 : 2);
}
const dir = siteDir();
const result = await planImport({ kind, file, siteDir: dir, ...(values.mapping !== undefined ? { mappingFile: values.mapping } : {}) });
const write = !values['dry-run'] && result.fatal.length === 0 && result.changes.length > 0;
if (write) result.fatal.push(...(await applyChanges(dir, result.changes)));
const report = formatReport(result, write);
console.log(report.replaceAll(`${dir}/`, relative(process.cwd(), dir) ? `${relative(process.cwd(), dir)}/` : ''));
process.exit(result.fatal.length > 0 || countOutcomes(result).skipped > 0 ? 1 : 0);
