// The build cache's keys: two values that a writer could write differently never give the same key text,
// and a writer's code path is every module it imports, directly or not.
import { describe, expect, it } from 'vitest';
import { codeDigest, codePath } from '../../src/lib/build/code-digest.ts';
import { keyText, markRecords, recordKey } from '../../src/lib/build/output-cache.ts';

describe('key text', () => {
  it('keeps apart what JSON would confuse', () => {
    const pairs: Array<[unknown, unknown]> = [
      [{ a: undefined }, {}],
      [[undefined], [null]],
      [{ a: Number.NaN }, { a: null }],
      [{ a: Number.POSITIVE_INFINITY }, { a: Number.NEGATIVE_INFINITY }],
      [new Map([['a', 1]]), {}],
      [new Set(['a']), new Set(['b'])],
      [{ a: 10n }, { a: '10' }],
      [{ a: 1, b: 2 }, { a: 1, b: 3 }],
    ];
    for (const [a, b] of pairs) expect(keyText(a)).not.toBe(keyText(b));
    expect(keyText({ title: { nl: 'Overleg' }, cents: 4000 })).toBe(keyText({ title: { nl: 'Overleg' }, cents: 4000 }));
  });

  it('writes a loaded record inside a key as the record’s own key, and tells records apart by their content', () => {
    const entry = { id: 'a-2026-000001', date: '2026-05-06', title: { nl: 'Overleg over welzijn' }, officials: ['femke-noel'] };
    const twin = structuredClone(entry);
    const other = { ...structuredClone(entry), title: { nl: 'Overleg over mobiliteit' } };
    const before = keyText({ entries: [entry, other] });
    markRecords([entry, twin, other]);
    const page = keyText({ entries: [entry, other], page: 1 });
    // The record's text is not written out in the page's key, its key is.
    expect(page).not.toContain('welzijn');
    expect(page).toContain(recordKey(entry));
    // A record alone is keyed by its text (its own key is made from it).
    expect(keyText(entry)).toContain('welzijn');
    // The same content in two records, the same key; a different title, a different key and page key.
    expect(keyText([twin])).toBe(keyText([entry]));
    expect(keyText([other])).not.toBe(keyText([entry]));
    expect(keyText({ entries: [entry, entry], page: 1 })).not.toBe(page);
    expect(before).not.toBe(keyText({ entries: [entry, other] }));
  });
});

describe('a writer’s code path', () => {
  const files: Record<string, string> = {
    '/p/src/writer.ts': "import { a } from './a.ts';\nimport type { T } from '../types.ts';\nexport const w = () => import('./lazy.ts');",
    '/p/src/a.ts': "export { b } from './deep/b.ts';\nimport 'node:fs';",
    '/p/src/deep/b.ts': 'export const b = 1;',
    '/p/src/lazy.ts': 'export const l = 1;',
    '/p/types.ts': 'export type T = 1;',
    '/p/src/other.ts': 'export const o = 1;',
    '/p/package-lock.json': '{}',
  };
  const read = (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`no ${path}`);
    return text;
  };

  it('is the module and every project module it imports, directly or not, and no other', () => {
    expect(codePath('/p', ['src/writer.ts'], read)).toEqual(['src/a.ts', 'src/deep/b.ts', 'src/lazy.ts', 'src/writer.ts', 'types.ts']);
  });

  it('changes its digest with any line of those modules or the lockfile, not with another module', () => {
    const before = codeDigest('/p', ['src/writer.ts'], read);
    files['/p/src/other.ts'] += '\n// changed';
    expect(codeDigest('/p', ['src/writer.ts'], read)).toBe(before);
    for (const path of ['/p/src/deep/b.ts', '/p/package-lock.json']) {
      const kept = files[path] as string;
      files[path] = `${kept}\n`;
      expect(codeDigest('/p', ['src/writer.ts'], read), path).not.toBe(before);
      files[path] = kept;
    }
  });
});
