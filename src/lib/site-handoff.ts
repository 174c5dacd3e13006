/**
 * The organisation's validated records for the pages. The build script hands over what it has already
 * read and validated (the content loaders and pages run in the same process), so the files are read and
 * validated once and held in memory once; run alone (`astro dev`), the records are loaded here, through
 * the same validation path, and any problem stops the build.
 */
import type { SiteData } from './load-site.ts';
import { loadSite } from './load-site.ts';
import { ValidationError } from './problems.ts';
import { siteDir } from './site-dir.ts';

const KEY = Symbol.for('vitrine.validated-site');
type Holder = { [KEY]?: SiteData | undefined };

export function handOver(site: SiteData | undefined): void {
  (globalThis as Holder)[KEY] = site;
}

export function handedOver(): SiteData | undefined {
  return (globalThis as Holder)[KEY];
}

let loading: Promise<SiteData> | undefined;

/** The handed-over records, or the organisation's folder loaded and validated once. */
export function validatedSite(): Promise<SiteData> {
  const handed = handedOver();
  if (handed) return Promise.resolve(handed);
  loading ??= loadSite(siteDir()).then(({ data, problems }) => {
    if (problems.length > 0 || !data) throw new ValidationError(problems);
    return data;
  });
  return loading;
}
