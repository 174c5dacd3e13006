/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`, turned on by the
 * build script with the build cache): the key of everything the page reads of the data, as the build cache
 * keys the data files (`keyText`). Astro adds the page's code (the hash of its modules), and renders the
 * page again when either differs from the previous build; a page without a key is always rendered.
 * A page gives every value it reads: its params and props, and what it reads of the site beyond them
 * (the settings, the officials' names…). When in doubt, a value belongs in the key.
 */
import { cacheKey, keyText } from './output-cache.ts';

export { recordKey } from './output-cache.ts';

export function pageCacheKey(...reads: unknown[]): string {
  return cacheKey(...reads.map(keyText));
}
