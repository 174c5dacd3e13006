/**
 * Writes a fictional organisation's files: `npm run generate -- <S|M|L|P> [--out <folder>] [--seed <n>]`.
 * S is the demo shipped in this repository (written to its own data/ and content/ by default);
 * M and L are ten and a few hundred times larger, P a parliament (700 members, over 15,000 organisations
 * met), for benchmarks, and belong in a temporary folder.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { csvLine } from '../src/lib/datasets/csv-format.ts';
import { groupBy } from '../src/lib/loading/group.ts';
import { makeOrganisation, SIZES } from './demo/organisation.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, seed: { type: 'string', default: '20250101' } } });
const sizeName = (positionals[0] ?? 'S').toUpperCase();
if (!(sizeName in SIZES)) {
  console.error(`Unknown size "${positionals[0]}": use S, M, L or P.`);
  process.exit(2);
}
const out = resolve(values.out ?? process.cwd());
const started = performance.now();
const org = makeOrganisation(SIZES[sizeName as keyof typeof SIZES], Number(values.seed));

await rm(join(out, 'data'), { recursive: true, force: true });
await rm(join(out, 'content', 'meetings'), { recursive: true, force: true });

async function write(path: string, text: string) {
  const file = join(out, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** Rows grouped into one CSV file per year of their date (or month). */
async function writeCsvByYear(folder: string, rows: Array<Record<string, string>>, dateField: string) {
  const byYear = groupBy(rows, (row) => (row[dateField] ?? '').slice(0, 4));
  for (const [year, yearRows] of byYear) await writeCsv(`data/${folder}/${year}.csv`, yearRows);
}

async function writeCsv(path: string, rows: Array<Record<string, string>>) {
  const header = Object.keys(rows[0] ?? {});
  const lines = [csvLine(header), ...rows.map((row) => csvLine(header.map((name) => row[name] ?? '')))];
  await write(path, `${lines.join('\n')}\n`);
}

await write('data/site.yaml', yaml(org.site));
await write('data/bodies.yaml', yaml(org.bodies));
for (const official of org.officials) await write(`data/officials/${official.id}.yaml`, yaml(official.record));
for (const declaration of org.declarations) await write(`data/declarations/${declaration.year}/${declaration.official}.yaml`, yaml(declaration.record));
await writeCsvByYear('agenda', org.agenda, 'date');
await writeCsvByYear('gifts', org.gifts, 'date');
await writeCsvByYear('travel', org.travel, 'from');
await writeCsvByYear('remuneration', org.remuneration, 'month');
await writeCsvByYear('income', org.income, 'date');
await writeCsvByYear('expenditure', org.expenditure, 'date');
await writeCsv('data/complaints.csv', org.complaints);
if (org.acknowledgements.length) await write('data/acknowledgements.yaml', yaml(org.acknowledgements));
if (org.organisations.length) await write('data/organisations.yaml', yaml(org.organisations));
for (const meeting of org.meetings) {
  let first = true;
  for (const [lang, body] of Object.entries(meeting.minutes)) {
    await write(`content/meetings/${meeting.id}.${lang}.md`, first ? `---\n${yaml(meeting.frontMatter)}---\n\n${body}` : body);
    first = false;
  }
}

console.log(
  `Wrote organisation ${sizeName} to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${org.officials.length} officials, ${org.agenda.length} agenda entries, ${org.meetings.length} meetings, ${org.declarations.length} declarations, ${org.gifts.length} gifts, ${org.travel.length} trips, ${org.remuneration.length} pay rows, ${org.income.length} income and ${org.expenditure.length} expenditure lines.`,
);
