/**
 * The declarations of a year, on pages that do not grow with the organisation: the year's page
 * (`declarations/2025/`) shows the summary of every declaration and the first `DECLARATIONS_PAGE_SIZE`
 * declarations in full; the others follow on further pages (`declarations/2025/2/`, `…/3/`), in the
 * order of the summary (the officials' sort names). A parliament's year (700 declarations of 10 to 40
 * side positions each) was one page of 11 MB.
 *
 * Everything that links to a declaration (the year's summary, the register, signals' evidence, history,
 * feeds) asks this module which page shows it, so that the pages and the links agree. Pure: no Astro,
 * no DOM, no Node.
 */
import { paginate, type Page } from '../agenda/pages.ts';
import { wholeSetting } from '../build/whole-setting.ts';

/**
 * At most this many declarations in full on one page: a parliament's declaration (10 to 40 side
 * positions, what changed, its history) is about 22 KB of HTML, so 25 a page made pages of 550 KB; 10 make
 * them about 220 KB, near the agenda's heaviest month pages (150 KB). An organisation of up to 10
 * officials keeps one page a year.
 */
export const DECLARATIONS_PAGE_SIZE = 10;

/** The page size from the build's setting (`VITRINE_DECLARATIONS_PAGE_SIZE`, lowered by tests; absent: the default). */
export const declarationsPageSize = (text: string | undefined): number => wholeSetting(text, DECLARATIONS_PAGE_SIZE, 'VITRINE_DECLARATIONS_PAGE_SIZE', 'declarations');

interface Declared {
  official: string;
  year: number;
}
interface Person {
  id: string;
  sortName: string;
}

/** How the year's pages list declarations: by the official's sort name (as the officials' directory), then id. */
function order(people: readonly Person[]): Map<string, number> {
  const sorted = [...people].sort((a, b) => a.sortName.localeCompare(b.sortName, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((person, index) => [person.id, index]));
}

/** The declarations of one year in the order its pages show them, split into pages of at most `size`. */
export function yearPages<D extends Declared>(declarations: readonly D[], people: readonly Person[], year: number, size: number = DECLARATIONS_PAGE_SIZE): Array<Page<D>> {
  const rank = order(people);
  const position = (declaration: D) => rank.get(declaration.official) ?? Number.MAX_SAFE_INTEGER;
  const ofYear = declarations.filter((declaration) => declaration.year === year).sort((a, b) => position(a) - position(b) || (a.official < b.official ? -1 : a.official > b.official ? 1 : 0));
  return paginate(ofYear, size);
}

/** The key of a declaration in `declarationPages`: `<official> <year>`, as the history names a declaration. */
export const declarationKey = (official: string, year: number | string): string => `${official} ${year}`;

/** Which page of its year shows each declaration (from 1), by `declarationKey`. */
export function declarationPages(declarations: readonly Declared[], people: readonly Person[], size: number = DECLARATIONS_PAGE_SIZE): ReadonlyMap<string, number> {
  const pages = new Map<string, number>();
  for (const year of new Set(declarations.map((declaration) => declaration.year))) {
    for (const page of yearPages(declarations, people, year, size)) {
      for (const declaration of page.items) pages.set(declarationKey(declaration.official, year), page.page);
    }
  }
  return pages;
}

/** The address after `/<lang>/` of a page of a year's declarations: `declarations/2025/`, `declarations/2025/2/`. */
export function declarationsPath(year: number | string, page = 1): string {
  return `declarations/${year}/${page > 1 ? `${page}/` : ''}`;
}

/** The page after `/<lang>/` that shows an official's declaration of a year (the year's first page when it has none). */
export function declarationPath(pages: ReadonlyMap<string, number>, official: string, year: number | string): string {
  return declarationsPath(year, pages.get(declarationKey(official, year)) ?? 1);
}
