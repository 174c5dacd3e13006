// A site built by language on several machines (docs/scaling.md): the small fixture built whole, then
// once per language (VITRINE_LANGS=nl, fr, en), and the three parts joined with `npm run join`. Each part
// holds the pages of its language only; joined, they are the whole build's site, file for file and byte
// for byte, search index included. Parts that do not belong together are refused, and so is a language
// the site does not have.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-parts-'));
const fixture = resolve(root, 'tests/fixtures/small-org');
const LANGS = ['nl', 'fr', 'en'] as const;

function buildPart(out: string, langs?: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITRINE_SITE_DIR: fixture, VITRINE_OUT: out, VITRINE_TODAY: '2026-11-20', ...(langs ? { VITRINE_LANGS: langs } : {}) },
  });
}
const join_ = (out: string, parts: string[]) => spawnSync(process.execPath, ['scripts/join.ts', out, ...parts], { cwd: root, encoding: 'utf8' });
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();

beforeAll(() => {
  for (const [out, langs] of [[join(work, 'whole'), undefined], ...LANGS.map((lang) => [join(work, lang), lang] as const)] as const) {
    const result = buildPart(out, langs);
    if (result.status !== 0) throw new Error(`the build of ${langs ?? 'every language'} failed:\n${result.stdout}\n${result.stderr}`);
  }
}, 1_200_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site built by language', () => {
  it('writes only the pages of its languages, and what belongs to no language', () => {
    for (const lang of LANGS) {
      const top = readdirSync(join(work, lang)).sort();
      expect(top).toContain(lang);
      expect(top.filter((name) => (LANGS as readonly string[]).includes(name))).toEqual([lang]);
      expect(top).toEqual(expect.arrayContaining(['index.html', 'data', 'api', 'calendar', 'feeds', 'pagefind', '_astro']));
      const entry = JSON.parse(readFileSync(join(work, lang, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages)).toEqual([lang]);
    }
  });

  it('joins into the site a whole build writes, every file the same', () => {
    const joined = join(work, 'joined');
    const result = join_(joined, LANGS.map((lang) => join(work, lang)));
    expect(result.status, result.stderr).toBe(0);
    const whole = filesOf(join(work, 'whole'));
    expect(filesOf(joined)).toEqual(whole);
    const different = whole.filter((file) => !readFileSync(join(joined, file)).equals(readFileSync(join(work, 'whole', file))));
    expect(different).toEqual([]);
    expect(result.stdout).toContain(`${whole.length.toLocaleString('en')} files`);
  });

  it('refuses parts that are not of one build, and joins nothing', () => {
    const changed = join(work, 'fr', 'index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('</body>', '<p>another build</p></body>'));
    const result = join_(join(work, 'mixed'), LANGS.map((lang) => join(work, lang)));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('index.html: differs between');
    expect(readdirSync(work)).not.toContain('mixed');
  });

  it('refuses a language the site does not have, before building anything', () => {
    const result = buildPart(join(work, 'de'), 'nl,de');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('VITRINE_LANGS names de, which data/site.yaml does not list: use one or more of');
    expect(readdirSync(work)).not.toContain('de');
  });
});
