/**
 * Publishes an organisation's open data into `<root>/data/`: every dataset (whole, per year, per
 * official), the indexes and OpenAPI document of the JSON API (`<root>/api/`), the Frictionless data package, the DCAT-AP catalogue, Popolo, one archive, every dataset in
 * one SQLite database with its Datasette metadata (in chunks when large: sqlite-chunks.ts), and SHA256SUMS.
 * Files over the bounds of bounds.ts are published compressed (CSV, JSON) or in chunks (SQLite); the
 * archive holds the datasets none of whose files had to be compressed.
 * The iCalendar feeds go beside them into `<root>/calendar/`, the Atom feeds to follow into `<root>/feeds/`
 * and the feeds of each dataset's changes into `<root>/feeds/<lang>/changes/` (not data files: not in
 * SHA256SUMS or the archive).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteData } from '../loading/load-site.ts';
import { writeArchive } from './archive.ts';
import { writeCalendars } from './calendars.ts';
import { writeFollowFeeds } from './follow-feeds.ts';
import { writeChangeFeeds } from './change-feeds.ts';
import { catalogueOf, type CatalogueEntry } from './catalogue.ts';
import { writeChecksums } from './checksums.ts';
import { dataPackage } from './datapackage.ts';
import { dcatCatalogue } from './dcat.ts';
import { popolo } from './popolo.ts';
import { writeSqlite } from './sqlite.ts';
import { publishSqlite, type SqliteLayout } from './sqlite-chunks.ts';
import { DEFAULT_BOUNDS, type DataBounds } from './bounds.ts';
import { writeDatasets } from './write.ts';
import { API_FILES, apiIndex, apiOfficials } from './api-index.ts';
import { openApiDocument } from './openapi.ts';

export const ARCHIVE = 'datasets.zip';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function publishData(site: SiteData, root: string, bounds: DataBounds = DEFAULT_BOUNDS): Promise<{ catalogue: CatalogueEntry[]; files: number; sqlite: SqliteLayout }> {
  const data = join(root, 'data');
  const written = await writeDatasets(site, root, bounds);
  const catalogue = catalogueOf(written, site.dir);
  await writeFile(join(data, 'datapackage.json'), json(dataPackage(site.site, catalogue)));
  await writeFile(join(data, 'catalog.jsonld'), json(dcatCatalogue(site.site, catalogue)));
  await writeFile(join(data, 'popolo.json'), json(popolo(site)));
  // A dataset with a file compressed for its size is too large for the archive (at size L its Parquet files
  // alone would take it over 25 MiB): its files are published on their own, as the datasets page says.
  const whole = catalogue
    .filter((dataset) => !dataset.files.some((file) => file.compression))
    .flatMap((dataset) => dataset.files.filter((file) => file.bytes <= bounds.compressOver).map((file) => file.path.replace(/^data\//, '')));
  await writeArchive(data, ARCHIVE, [...whole, 'datapackage.json', 'catalog.jsonld', 'popolo.json']);
  await writeSqlite(site, data);
  const sqlite = await publishSqlite(data, bounds);
  // The dataset files were hashed as they were written: SHA256SUMS reads only the others.
  const hashed = new Map(written.flatMap((dataset) => [...dataset.files, ...dataset.years.flatMap((year) => year.files), ...dataset.officials.flatMap((official) => official.files)]).map((file) => [file.path.replace(/^data\//, ''), file.sha256] as const));
  const files = await writeChecksums(data, hashed);
  // The static JSON API: its indexes and OpenAPI document, from the catalogue of the files just written.
  await mkdir(join(root, 'api'), { recursive: true });
  await writeFile(join(root, API_FILES.index), json(apiIndex(site.site, catalogue)));
  await writeFile(join(root, API_FILES.officials), json(apiOfficials(site.site, site.officials.map((record) => record.data), catalogue)));
  await writeFile(join(root, API_FILES.openapi), json(openApiDocument(site.site, catalogue)));
  await writeCalendars(site, root);
  await writeFollowFeeds(site, root);
  await writeChangeFeeds(site, root);
  return { catalogue, files, sqlite };
}
