/**
 * A build of some of the site's languages (docs/scaling.md): `VITRINE_LANGS=nl,fr npm run build` writes
 * the pages of those languages only, so that several machines can each build a part and `npm run join`
 * put the parts together into the site a whole build writes. What belongs to no language (the language
 * choice at `/`, the data, the API, calendars, feeds, scripts and styles) is written by every part alike.
 */

/**
 * The languages named in `wanted` (comma-separated codes, as VITRINE_LANGS), in the site's order; every
 * language of the site when nothing is named. Throws, naming the site's languages, on a code the site
 * does not have, so that a misspelt part never builds nothing.
 */
export function languagesToBuild<L extends string>(languages: readonly L[], wanted: string | undefined): L[] {
  const named = (wanted ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (named.length === 0) return [...languages];
  const unknown = named.filter((code) => !(languages as readonly string[]).includes(code));
  if (unknown.length > 0) throw new Error(`VITRINE_LANGS names ${unknown.join(', ')}, which data/site.yaml does not list: use one or more of ${languages.join(', ')}, separated by commas`);
  return languages.filter((lang) => named.includes(lang));
}

/** The languages of this build: the site's, or those VITRINE_LANGS names. */
export const builtLanguages = <L extends string>(site: { languages: readonly L[] }): L[] => languagesToBuild(site.languages, process.env.VITRINE_LANGS);
