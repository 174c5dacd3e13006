/**
 * Astro's incremental build (`experimental.incrementalBuild`) as the build uses it, in the build cache
 * (`<cache>/astro/`): Astro keeps a copy of each keyed page (`dist/`) and a manifest of each page's key
 * (`incremental-build.json`), and copies a page whose key did not change instead of rendering it.
 *
 * Astro reads its manifest when it starts and writes it when it ends, but replaces its copy of a page as
 * soon as it renders it again. A build stopped in between (an error in a page, Ctrl-C, a cancelled job)
 * leaves the old keys beside newer pages, and the next build whose data is back to the old keys would
 * publish those newer pages. So a mark is written before Astro starts and removed once it has ended
 * without an error; a build that finds the mark removes the manifest first, and Astro renders every page.
 *
 * (Tried and not kept: restoring pages as hard links rather than Astro's copies, which needs Astro's
 * class patched. At P, 37,194 pages restored took the same time either way, 26.7/34.5 s against
 * 26.5/32.3 s: the cost is in Astro's bookkeeping of each page, not in the bytes copied.)
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Astro's manifest of the pages' keys, in its cache folder (`INCREMENTAL_CACHE_FILE` in Astro's incremental.js). */
export const ASTRO_MANIFEST = 'incremental-build.json';
/** The mark of a site build begun and not ended. */
export const SITE_BUILD_MARK = 'site-build-unfinished';

/**
 * Before Astro's build with the cache in `astroCache`: when the previous site build there did not end, its
 * manifest is removed (every page is rendered); then the mark of this one is written.
 */
export async function beginSiteBuild(astroCache: string): Promise<{ unfinished: boolean }> {
  const mark = join(astroCache, SITE_BUILD_MARK);
  const unfinished = existsSync(mark);
  if (unfinished) await rm(join(astroCache, ASTRO_MANIFEST), { force: true });
  await mkdir(astroCache, { recursive: true });
  await writeFile(mark, `${process.pid}\n`);
  return { unfinished };
}

/** After Astro's build has ended without an error: its manifest and copies agree again. */
export async function endSiteBuild(astroCache: string): Promise<void> {
  await rm(join(astroCache, SITE_BUILD_MARK), { force: true });
}
