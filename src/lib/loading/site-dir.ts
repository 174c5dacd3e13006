/** Where the organisation's files are: `VITRINE_SITE_DIR`, or the repository's own data/ and content/. */
import { resolve } from 'node:path';

export function siteDir(): string {
  return resolve(process.env.VITRINE_SITE_DIR || process.cwd());
}
