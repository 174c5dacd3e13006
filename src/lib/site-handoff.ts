/**
 * Hands the organisation's validated records from the build script to Astro's content loaders, which
 * run in the same process: the files are read and validated once, and held in memory once.
 */
import type { SiteData } from './load-site.ts';

const KEY = Symbol.for('vitrine.validated-site');
type Holder = { [KEY]?: SiteData | undefined };

export function handOver(site: SiteData | undefined): void {
  (globalThis as Holder)[KEY] = site;
}

export function handedOver(): SiteData | undefined {
  return (globalThis as Holder)[KEY];
}
