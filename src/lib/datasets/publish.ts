/**
 * Publishes an organisation's open data into `<root>/data/`: every dataset (whole, per year, per
 * official), the indexes and OpenAPI document of the JSON API (`<root>/api/`), the Frictionless data package, the DCAT-AP catalogue, Popolo, one archive, every dataset in
 * one SQLite database with its Datasette metadata (in chunks when large: sqlite-chunks.ts), and SHA256SUMS.
 * Files over the bounds of bounds.ts are published compressed (CSV, JSON) or in chunks (SQLite); the
 * archive holds the datasets none of whose files had to be compressed.
 * The iCalendar feeds go beside them into `<root>/calendar/`, the Atom feeds to follow into `<root>/feeds/`
 * and the feeds of each dataset's changes into `<root>/feeds/<lang>/changes/` (not data files: not in
 * SHA256SUMS or the archive).
 * With a build cache (src/lib/build/data-cache.ts), the datasets' files per year, per official and whole,
 * the SQLite database, the archive and the calendars whose inputs did not change are copied from it.
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
import type { DataCache } from '../build/data-cache.ts';
import { sha256Of } from '../build/output-cache.ts';

export const ARCHIVE = 'datasets.zip';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function publishData(site: SiteData, root: string, bounds: DataBounds = DEFAULT_BOUNDS, cache?: DataCache): Promise<{ catalogue: CatalogueEntry[]; files: number; sqlite: SqliteLayout }> {
  const data = join(root, 'data');
  const written = await writeDatasets(site, root, bounds, cache?.datasetReuse());
  await cache?.keepDatasets(written, root);
  const catalogue = catalogueOf(written, site.dir);
  await writeFile(join(data, 'datapackage.json'), json(dataPackage(site.site, catalogue)));
  await writeFile(join(data, 'catalog.jsonld'), json(dcatCatalogue(site.site, catalogue)));
  await writeFile(join(data, 'popolo.json'), json(popolo(site)));
  // A dataset with a file compressed for its size is too large for the archive (at size L its Parquet files
  // alone would take it over 25 MiB): its files are published on their own, as the datasets page says.
  const whole = catalogue
    .filter((dataset) => !dataset.files.some((file) => file.compression))
    .flatMap((dataset) => dataset.files.filter((file) => file.bytes <= bounds.compressOver).map((file) => file.path.replace(/^data\//, '')));
  const archived = [...whole, 'datapackage.json', 'catalog.jsonld', 'popolo.json'];
  const known: Array<{ path: string; sha256: string }> = [];
  if (cache) {
    const sums = new Map(written.flatMap((dataset) => dataset.files).map((file) => [file.path, file.sha256]));
    const inArchive = await Promise.all(archived.map(async (path) => ({ path, sha256: sums.get(`data/${path}`) ?? (await sha256Of(join(data, path))) })));
    known.push(...(await cache.archive(root, inArchive, () => writeArchive(data, ARCHIVE, archived))));
    known.push(...(await cache.sqlite(root, () => writeSqlite(site, data))));
  } else {
    await writeArchive(data, ARCHIVE, archived);
    await writeSqlite(site, data);
  }
  // The database whole, or in chunks when it is large (cut from the whole database, cached or written).
  const sqlite = await publishSqlite(data, bounds);
  // The dataset files were hashed as they were written (or when cached): SHA256SUMS reads only the others
  // (and lists what is on disk: the whole database's hash is not used once it is cut in chunks).
  const hashed = new Map([...written.flatMap((dataset) => [...dataset.files, ...dataset.years.flatMap((year) => year.files), ...dataset.officials.flatMap((official) => official.files)]), ...known].map((file) => [file.path.replace(/^data\//, ''), file.sha256] as const));
  const files = await writeChecksums(data, hashed);
  // The static JSON API: its indexes and OpenAPI document, from the catalogue of the files just written.
  await mkdir(join(root, 'api'), { recursive: true });
  await writeFile(join(root, API_FILES.index), json(apiIndex(site.site, catalogue)));
  await writeFile(join(root, API_FILES.officials), json(apiOfficials(site.site, site.officials.map((record) => record.data), catalogue)));
  await writeFile(join(root, API_FILES.openapi), json(openApiDocument(site.site, catalogue)));
  await writeCalendars(site, root, undefined, cache?.calendarReuse());
  await writeFollowFeeds(site, root);
  await writeChangeFeeds(site, root);
  return { catalogue, files, sqlite };
}
