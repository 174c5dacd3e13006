/**
 * Where the bytes of a built site go (`npm run bench` prints it; alone: `npm run sizes -- <site> [top]`):
 * every file's bytes grouped by page template (route pattern, `templateOf`), by dataset (the files below
 * `data/`: whole, per year and per official) and by form (html, json, csv, parquet, ics, atom, pagefind…),
 * the largest of each; then, in a sample of the pages, the HTML attributes by name and the longest values
 * repeated most, which is what a page can write once instead of per row. Figures only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { templateOf } from '../../src/lib/build/page-weights.ts';

export interface Group {
  name: string;
  bytes: number;
  files: number;
}

export interface SizeReport {
  bytes: number;
  files: number;
  byForm: Group[];
  byTemplate: Group[];
  byDataset: Group[];
  /** HTML attributes by name, bytes of ` name="value"` in the sample, scaled to all pages. */
  attributes: Group[];
  /** Attribute values written most often (bytes scaled to all pages): each a candidate to write once. */
  repeated: Group[];
  /** Share of the HTML bytes read for the attribute figures. */
  sampled: number;
}

/** `pagefind/…` is the search index; `.json.gz` is JSON; a chunk of the SQLite database is `sqlite`. */
export function formOf(path: string): string {
  if (path.startsWith('pagefind/')) return 'pagefind';
  const name = path.split('/').at(-1) ?? path;
  if (/\.sqlite(\.\d+)?$/.test(name)) return 'sqlite';
  const bare = name.replace(/\.gz$/, '');
  const dot = bare.lastIndexOf('.');
  return dot < 0 ? 'other' : bare.slice(dot + 1);
}

/**
 * `data/agenda/2025.csv`, `data/officials/an/agenda.json`, `data/agenda.parquet` → `agenda` (a dataset is a
 * name with a whole Parquet file, `datasets`); other files below data/ by their name in brackets.
 */
export function datasetOf(path: string, datasets: ReadonlySet<string>): string | undefined {
  if (!path.startsWith('data/')) return undefined;
  const parts = path.split('/').slice(1);
  const file = parts.at(-1) ?? '';
  const base = file.replace(/\.(csv|json|parquet)(\.gz)?$/, '');
  if (parts.length === 3 && parts[0] === 'officials' && datasets.has(base)) return base; // an official's slice
  if (parts.length === 2 && datasets.has(parts[0] ?? '')) return parts[0]; // a year's slice
  if (parts.length === 1 && datasets.has(base)) return base;
  return `(${parts.length > 1 ? `${parts[0]}/…` : file.replace(/\.\d+$/, '')})`;
}

function add(groups: Map<string, Group>, name: string, bytes: number) {
  const group = groups.get(name) ?? { name, bytes: 0, files: 0 };
  group.bytes += bytes;
  group.files += 1;
  groups.set(name, group);
}

const sorted = (groups: Map<string, Group>) => [...groups.values()].sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1));

/** Reads every file's size below `root`, and the attributes of about `sampleBytes` of its HTML. */
export function outputSizes(root: string, sampleBytes = 200 * 1048576): SizeReport {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
  const byForm = new Map<string, Group>();
  const byTemplate = new Map<string, Group>();
  const byDataset = new Map<string, Group>();
  const pages: Array<{ path: string; bytes: number }> = [];
  const datasets = new Set(files.flatMap((path) => /^data\/([^/]+)\.parquet$/.exec(path)?.[1] ?? []));
  let total = 0;
  for (const path of files) {
    const bytes = statSync(join(root, path)).size;
    total += bytes;
    const form = formOf(path);
    add(byForm, form, bytes);
    if (form === 'html') {
      add(byTemplate, templateOf(path), bytes);
      pages.push({ path, bytes });
    }
    const dataset = datasetOf(path, datasets);
    if (dataset !== undefined) add(byDataset, dataset, bytes);
  }
  // Every k-th page, so that each template is in the sample as it is in the site.
  const html = pages.reduce((n, page) => n + page.bytes, 0);
  const step = Math.max(1, Math.ceil(html / sampleBytes));
  const attributes = new Map<string, Group>();
  const values = new Map<string, Group>();
  let read = 0;
  for (let index = 0; index < pages.length; index += step) {
    const page = pages[index] as { path: string; bytes: number };
    read += page.bytes;
    const text = readFileSync(join(root, page.path), 'utf8');
    for (const match of text.matchAll(/<[a-zA-Z][^\s>/]*((?:\s+[^\s=>/]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)) {
      for (const attribute of (match[1] ?? '').matchAll(/\s+([^\s=>/]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        const bytes = Buffer.byteLength(attribute[0]);
        add(attributes, attribute[1] ?? '', bytes);
        if (attribute[2] !== undefined && attribute[2].length > 12) add(values, `${attribute[1]}=${attribute[2]}`, bytes);
      }
    }
  }
  const scale = read === 0 ? 0 : html / read;
  const scaled = (groups: Map<string, Group>) => sorted(groups).map((group) => ({ ...group, bytes: Math.round(group.bytes * scale), files: Math.round(group.files * scale) }));
  return { bytes: total, files: files.length, byForm: sorted(byForm), byTemplate: sorted(byTemplate), byDataset: sorted(byDataset), attributes: scaled(attributes), repeated: scaled(values), sampled: html === 0 ? 0 : read / html };
}

const mb = (bytes: number) => (bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);
const percent = (part: number, whole: number) => `${whole === 0 ? '0' : ((100 * part) / whole).toFixed(1)} %`;

/** The report as lines: each grouping's `top` largest entries, with their share. */
export function sizeLines(report: SizeReport, top = 12): string[] {
  const html = report.byForm.find((group) => group.name === 'html')?.bytes ?? 0;
  const table = (title: string, groups: Group[], whole: number, count = 'files', width = 40) => [
    '',
    title,
    ...groups.slice(0, top).map((group) => `  ${group.name.length > width ? `${group.name.slice(0, width - 1)}…` : group.name.padEnd(width)} ${mb(group.bytes).padStart(10)} ${percent(group.bytes, whole).padStart(7)} ${group.files.toLocaleString('en').padStart(9)} ${count}`),
    ...(groups.length > top ? [`  … ${groups.length - top} more`] : []),
  ];
  return [
    `output ${mb(report.bytes)} in ${report.files.toLocaleString('en')} files; HTML ${mb(html)}`,
    ...table('by form (share of the output)', report.byForm, report.bytes),
    ...table('by page template (share of the HTML)', report.byTemplate, html, 'pages'),
    ...table('by dataset, files below data/ (share of the output)', report.byDataset, report.bytes),
    ...table(`HTML attributes by name (share of the HTML; ${percent(report.sampled, 1)} of it read, scaled)`, report.attributes, html, 'times'),
    ...table('attribute values repeated most (bytes of all their copies)', report.repeated, html, 'times', 60),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2];
  if (!root) {
    console.error('Usage: npm run sizes -- <built site folder> [top]');
    process.exit(2);
  }
  console.log(sizeLines(outputSizes(root), Number(process.argv[3] ?? 12)).join('\n'));
}
