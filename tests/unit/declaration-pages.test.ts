// Which page of a year shows each declaration: the pages and every link to a declaration ask the same
// module (src/lib/interests/declaration-pages.ts), so they must agree whatever the order of the files.
import { describe, expect, it } from 'vitest';
import { declarationPages, declarationPath, declarationsPageSize, DECLARATIONS_PAGE_SIZE, yearPages } from '../../src/lib/interests/declaration-pages.ts';

const people = [
  { id: 'zoe-aerts', sortName: 'Aerts, Zoë' },
  { id: 'ben-claes', sortName: 'Claes, Ben' },
  { id: 'ana-claes', sortName: 'Claes, Ana' },
  { id: 'eva-dewit', sortName: 'De Wit, Eva' },
  { id: 'ivo-peeters', sortName: 'Peeters, Ivo' },
];
// In the order the files happen to be read: not the pages' order.
const declarations = [
  { official: 'ivo-peeters', year: 2025 },
  { official: 'zoe-aerts', year: 2025 },
  { official: 'ben-claes', year: 2025 },
  { official: 'eva-dewit', year: 2025 },
  { official: 'ana-claes', year: 2025 },
  { official: 'ivo-peeters', year: 2024 },
];

describe('the pages of a year of declarations', () => {
  it('list the year’s declarations by sort name, at most the page size a page, the last page holding the rest', () => {
    const pages = yearPages(declarations, people, 2025, 2);
    expect(pages.map((page) => page.items.map((declaration) => declaration.official))).toEqual([['zoe-aerts', 'ana-claes'], ['ben-claes', 'eva-dewit'], ['ivo-peeters']]);
    expect(pages.map((page) => [page.page, page.pages, page.first, page.last, page.total])).toEqual([[1, 3, 1, 2, 5], [2, 3, 3, 4, 5], [3, 3, 5, 5, 5]]);
    // A year with one declaration, or under the default size, is one page.
    expect(yearPages(declarations, people, 2024).map((page) => page.items.length)).toEqual([1]);
    expect(yearPages(declarations, people, 2025).length).toBe(1);
  });

  it('are where every link to a declaration leads: the year’s first page keeps the year’s address', () => {
    const pages = declarationPages(declarations, people, 2);
    expect(declarationPath(pages, 'zoe-aerts', 2025)).toBe('declarations/2025/');
    expect(declarationPath(pages, 'eva-dewit', 2025)).toBe('declarations/2025/2/');
    expect(declarationPath(pages, 'ivo-peeters', '2025')).toBe('declarations/2025/3/');
    expect(declarationPath(pages, 'ivo-peeters', 2024)).toBe('declarations/2024/');
    expect(pages.size).toBe(declarations.length);
  });

  it('take their size from the build’s setting, and refuse a size that is not a whole number above 0', () => {
    expect(declarationsPageSize(undefined)).toBe(DECLARATIONS_PAGE_SIZE);
    expect(declarationsPageSize('')).toBe(DECLARATIONS_PAGE_SIZE);
    expect(declarationsPageSize('3')).toBe(3);
    for (const wrong of ['0', '-1', '2.5', 'ten']) expect(() => declarationsPageSize(wrong), wrong).toThrow(/VITRINE_DECLARATIONS_PAGE_SIZE/);
  });
});
