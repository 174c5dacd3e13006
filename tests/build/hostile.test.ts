// Pull requests a careless or hostile contributor could send: one file per attack in
// tests/fixtures/hostile/, each added to a copy of the small organisation. Each is refused by
// `npm run validate` at its file, line and field; the build with all of them publishes nothing new,
// leaves the previous site byte for byte, runs none of the contributed code, and puts no payload in it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { renderProse } from '../../src/lib/prose/render-prose.ts';
import { readFrontMatter } from '../../src/lib/loading/sources/front-matter.ts';
import { build, root, runBuild } from './run-build.ts';
import { filesOf } from '../fixture-folders.ts';

const hostile = join(root, 'tests/fixtures/hostile');
const small = join(root, 'tests/fixtures/small-org');
const MARKER = '/tmp/vitrine-hostile-marker';

/** Every attack: its file in the fixture, and the line, field and words of the problem it must give. */
const ATTACKS: Array<{ file: string; line: number; field: string; message: RegExp }> = [
  { file: 'content/meetings/2025-03-04-script-tag.fr.md', line: 12, field: 'html', message: /tag <script>/ },
  { file: 'content/meetings/2025-03-05-img-onerror.fr.md', line: 12, field: 'html', message: /tag <img>.*Markdown/ },
  { file: 'content/meetings/2025-03-06-javascript-link.fr.md', line: 10, field: 'link', message: /javascript:alert\(1\).*web address/ },
  { file: 'content/meetings/2025-03-07-iframe.fr.md', line: 12, field: 'html', message: /tag <iframe>/ },
  { file: 'content/meetings/2025-03-08-form.fr.md', line: 12, field: 'html', message: /tag <form>/ },
  { file: 'content/meetings/2025-03-09-meta-refresh.fr.md', line: 12, field: 'html', message: /tag <meta>/ },
  { file: 'content/meetings/2025-03-10-style-tag.fr.md', line: 12, field: 'html', message: /tag <style>/ },
  { file: 'content/meetings/2025-03-11-data-url-image.fr.md', line: 12, field: 'image', message: /data: addresses are not published/ },
  { file: 'content/meetings/2025-03-12-encoded-javascript-reference-link.fr.md', line: 10, field: 'link', message: /javascript:alert\(1\)/ },
  { file: 'content/meetings/2025-03-13-uppercase-event-handler.fr.md', line: 12, field: 'html', message: /attribute onmouseover on <span>/ },
  { file: 'content/meetings/2025-03-14-autolink-and-svg.fr.md', line: 10, field: 'link', message: /javascript:alert\(document\.cookie\)/ },
  { file: 'content/meetings/2025-03-14-autolink-and-svg.fr.md', line: 10, field: 'html', message: /tag <svg>/ },
  { file: 'content/meetings/2025-03-17-phone-and-email-in-minutes.fr.md', line: 10, field: 'text', message: /personal contact data/ },
  { file: 'content/meetings/2025-03-18-html-comment.fr.md', line: 12, field: 'html', message: /HTML comment/ },
  { file: 'content/meetings/2025-03-19-mdx-import.fr.mdx', line: 1, field: '', message: /is MDX.*run code.*rename it to 2025-03-19-mdx-import\.fr\.md/ },
  { file: 'content/pages/code-of-ethics.fr.md', line: 2, field: 'title', message: /is required/ },
  { file: 'content/pages/complaints.nl.md', line: 7, field: 'html', message: /tag <a>/ },
  { file: 'data/agenda/2027.CSV', line: 1, field: '', message: /rename it to 2027\.csv/ },
  { file: 'data/agenda/bidi-override.csv', line: 2, field: '', message: /bidirectional control character \(U\+202E\)/ },
  { file: 'data/expenditure/nul-byte.csv', line: 2, field: '', message: /NUL character/ },
  { file: 'data/gifts/2026', line: 1, field: '', message: /folder Vitrine does not read/ },
  { file: 'data/gifts/windows-1252.csv', line: 2, field: '', message: /not UTF-8: it looks like Windows-1252.*iconv -f WINDOWS-1252/ },
  { file: 'data/income/utf-16.csv', line: 1, field: '', message: /not UTF-8: it looks like UTF-16.*iconv -f UTF-16/ },
  { file: 'data/income/small-donor-named-without-reference.csv', line: 2, field: 'donorName', message: /add the donor's reference/ },
  { file: 'data/officials/new-member.yml', line: 1, field: '', message: /rename it to new-member\.yaml/ },
  { file: 'data/officials/yaml-alias-bomb.yaml', line: 2, field: '', message: /YAML alias \*a/ },
  { file: 'data/agenda/linked.csv', line: 1, field: '', message: /symbolic link/ },
  { file: 'data/agenda/time-in-clock-change-gap.csv', line: 2, field: 'start', message: /02:30 on 2026-03-29 does not exist in Europe\/Brussels/ },
  { file: 'data/agenda/national-number-in-title.csv', line: 2, field: 'title.nl', message: /national register number/ },
  { file: 'data/agenda/phone-number-bracketed.csv', line: 2, field: 'title.nl', message: /phone number \("\+32 \(0\)2 123 45 67"/ },
  { file: 'data/expenditure/amount-beyond-bound.csv', line: 2, field: 'amount', message: /more than 90000000\.00/ },
  { file: 'data/gifts/negative-value.csv', line: 2, field: 'value', message: /negative/ },
  { file: 'content/meetings/2026-01-20-date-differs-from-id.fr.md', line: 3, field: 'date', message: /not the date the meeting's id/ },
];

/** Words of the payloads that must never reach a published file. */
const PAYLOADS = ['<script>fetch', 'onerror=', 'javascript:alert', '<iframe', 'phish.example', 'body { display: none }', 'PHN2ZyBvbmxvYWQ9YWxlcnQoMSk', 'onmouseover', '<svg onload', '0470123456', 'secretariat.prive', 'note interne', 'vitrine-hostile-marker', 'onclick', 'redisnoc', 'Jan Modaal', 'Nieuw Lid', '90011512363', '123 45 67', '99999999999999999', 'Nachtelijk overleg'];

let org: string;
let work: string;

/** A copy of the small organisation with the attacks in `files` (all of them when not given). */
function organisationWith(files?: string[]): string {
  const dir = mkdtempSync(join(work, 'org-'));
  cpSync(small, dir, { recursive: true });
  for (const file of files ?? ATTACKS.map((attack) => attack.file)) {
    if (file === 'data/agenda/linked.csv') symlinkSync(join(small, 'data/agenda/2025.csv'), join(dir, file));
    else cpSync(join(hostile, file), join(dir, file), { recursive: true });
  }
  return dir;
}

/** The SHA-256 of every file of a folder, by path. */
const tree = (dir: string) => filesOf(dir, (path) => createHash('sha256').update(readFileSync(path)).digest('hex'));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vitrine-hostile-'));
  rmSync(MARKER, { force: true });
  org = organisationWith();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile contributions', () => {
  it('the fixture has one file per attack, and each attack is in the table', () => {
    const files = new Set(ATTACKS.map((attack) => attack.file));
    const inFixture = (folder: string): string[] =>
      readdirSync(join(hostile, folder), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() && !/^\d{4}$/.test(entry.name) ? inFixture(join(folder, entry.name)) : [join(folder, entry.name)]));
    for (const file of [...inFixture('content'), ...inFixture('data')]) expect(files, file).toContain(file);
  });

  for (const attack of ATTACKS) {
    it(`${attack.file} alone is refused at line ${attack.line}${attack.field ? `, ${attack.field}` : ''}`, async () => {
      const { problems } = await loadSite(organisationWith([attack.file]));
      const mine = problems.filter((problem) => problem.file.endsWith(attack.file));
      expect(mine.length, JSON.stringify(problems, null, 1)).toBeGreaterThan(0);
      expect(mine).toContainEqual(expect.objectContaining({ line: attack.line, field: attack.field, message: expect.stringMatching(attack.message) }));
      // Every problem is the attack's: the rest of the organisation is untouched.
      expect(problems.filter((problem) => !problem.file.endsWith(attack.file))).toEqual([]);
    });
  }

  it('npm run validate names every attack with its line and exits 1, without a stack trace', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org } });
    expect(result.status).toBe(1);
    for (const attack of ATTACKS) expect(result.stderr).toContain(`${attack.file}:${attack.line}:`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('the build refuses them all, runs no contributed code, and leaves the previous site as it was', () => {
    const out = join(work, 'site');
    build(small, out);
    const before = tree(out);
    const result = runBuild(org, out);
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/nothing was published/);
    for (const attack of ATTACKS) expect(result.stderr).toContain(`${attack.file}:${attack.line}:`);
    expect(tree(out)).toEqual(before);
    expect(existsSync(MARKER)).toBe(false);
    // The SQL page's worker and WebAssembly are shipped byte for byte from their npm package, not made from
    // any contribution (their code has `onerror=` of its own): they are left out of the search.
    const vendored = new Set(['sqlite.worker.js', 'sql-wasm.wasm'].map((name) => readFileSync(join(root, 'node_modules/sql.js-httpvfs/dist', name), 'latin1')));
    const published = Object.keys(before).map((file) => readFileSync(join(out, file), 'latin1')).filter((text) => !vendored.has(text)).join('\n');
    for (const payload of PAYLOADS) expect(published.includes(payload), payload).toBe(false);
  });

  it('an organisation named in a 300-character sentence gets a page whose address fits a file name, with the whole name on it', () => {
    const dir = organisationWith([]);
    const name = `Vereniging ${'voor de bevordering van het overleg tussen buurtbewoners en lokale ondernemers '.repeat(4)}vzw`.slice(0, 300);
    const agenda = join(dir, 'data/agenda/2025.csv');
    writeFileSync(agenda, readFileSync(agenda, 'utf8').replace('Fietsersvereniging Noordkant', name));
    const out = join(work, 'long-name');
    build(dir, out);
    // Each organisation's page is a folder with its index.html (`a-z/` holds the pages of the A–Z).
    const pages = readdirSync(join(out, 'nl/organisations')).filter((slug) => existsSync(join(out, 'nl/organisations', slug, 'index.html')));
    expect(Math.max(...pages.map((slug) => slug.length))).toBeLessThanOrEqual(80);
    const page = pages.map((slug) => readFileSync(join(out, 'nl/organisations', slug, 'index.html'), 'utf8')).find((html) => html.includes('Vereniging voor de bevordering'));
    expect(page).toContain(name);
  });

  it('the sanitizer alone, should a file reach the renderer, publishes none of the prose payloads', () => {
    for (const attack of ATTACKS.filter((a) => a.file.startsWith('content/') && a.file.endsWith('.md'))) {
      const html = renderProse(readFrontMatter(readFileSync(join(hostile, attack.file), 'utf8'), attack.file).body);
      expect(html, attack.file).not.toMatch(/<(script|iframe|form|input|meta|style|svg)\b|\son\w+=|(href|src)="\s*(javascript|data):|<!--/i);
    }
  });
});
