// What the readers refuse before any record is read: files in another encoding (named, with the command
// that converts them), invisible characters, YAML that would expand or nest without end, and files that
// are not where Vitrine reads them. Each with a place; none with a crash.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeInventory } from '../../src/lib/loading/sources/inventory.ts';
import { decodeText } from '../../src/lib/loading/sources/text-file.ts';
import { readYaml } from '../../src/lib/loading/sources/yaml.ts';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

describe('text files', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeText(bytes('\uFEFFnaam,waarde\nRené,1\n'), 'a.csv')).toEqual({ text: 'naam,waarde\nRené,1\n' });
  });

  const refused: Array<[string, Uint8Array, number, number, RegExp]> = [
    ['Windows-1252', bytes('naam\nCaf\xe9\n', 'latin1'), 2, 4, /looks like Windows-1252.*iconv -f WINDOWS-1252 -t UTF-8/],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, ...bytes('id,date\n', 'utf16le')]), 1, 1, /UTF-16 \(little-endian, with a byte order mark\).*iconv -f UTF-16 /],
    ['UTF-16 big-endian without a BOM', new Uint8Array(Buffer.from('id,date\r\na,b\r\n', 'utf16le').swap16()), 1, 1, /UTF-16 \(big-endian, without/],
    ['a NUL byte', bytes('id\na\u0000b\n'), 2, 2, /NUL character/],
    ['a bell character', bytes('id\nab\u0007\n'), 2, 3, /invisible control character \(U\+0007\)/],
    ['a right-to-left override', bytes('title\nabc\u202Efed\n'), 2, 4, /bidirectional control character \(U\+202E\)/],
    ['text already decoded wrongly', bytes('title\nCaf\uFFFD\n'), 2, 4, /replacement character U\+FFFD/],
  ];
  for (const [name, input, line, column, message] of refused) {
    it(`refuses ${name} at line ${line}, column ${column}`, () => {
      const read = decodeText(input, 'data/x.csv');
      expect(read.text).toBeUndefined();
      expect(read.problem).toEqual({ file: 'data/x.csv', line, column, field: '', message: expect.stringMatching(message) });
    });
  }

  it('keeps tabs, line breaks and text in any script', () => {
    expect(decodeText(bytes('a\tb\r\nΑθήνα, Київ, 東京, مرحبا\n'), 'x').text).toBe('a\tb\r\nΑθήνα, Київ, 東京, مرحبا\n');
  });
});

describe('YAML', () => {
  it('refuses aliases with the place of the first one, and does not expand them', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    const read = readYaml(bomb, 'o.yaml');
    expect(read.value).toBeUndefined();
    expect(read.problems).toEqual([{ file: 'o.yaml', line: 2, column: 8, field: '', message: expect.stringMatching(/alias \*a.*write the value out.*18 aliases/) }]);
  });

  it('refuses a document nested deeper than any record', () => {
    const deep = `${'['.repeat(40)}1${']'.repeat(40)}\n`;
    expect(readYaml(deep, 'o.yaml').problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/nested more than 12 levels/) })]);
  });

  it('reports absurd nesting as a problem, not a crash', () => {
    const read = readYaml(`${'- '.repeat(5000)}x\n`, 'o.yaml');
    expect(read.problems.length).toBe(1);
  });
});

describe('the inventory of an organisation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-inventory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, text = '') => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('takes every file where Vitrine reads it and reports every other one with what it expected', async () => {
    for (const path of ['data/site.yaml', 'data/bodies.yaml', 'data/complaints.csv', 'data/officials/an-peeters.yaml', 'data/agenda/2025.csv', 'data/declarations/2025/an-peeters.yaml', 'content/meetings/2025-01-02-council.nl.md', 'content/pages/complaints.fr.md', 'data/gifts/.gitkeep']) put(path);
    for (const path of ['data/agenda/2026.CSV', 'data/officials/bo-claes.yml', 'data/expenditure/2025.xlsx', 'data/income/2025/extra.csv', 'data/declarations/an-peeters.yaml', 'data/notes.txt', 'content/meetings/2025-01-03-council.nl.mdx', 'content/pages/Complaints.NL.MD', 'content/images/plan.png']) put(path);
    symlinkSync('/etc/hostname', join(dir, 'data/agenda/linked.csv'));
    const { files, problems } = await takeInventory(dir);
    expect(Object.fromEntries(Object.entries(files).filter(([, list]) => list.length).map(([kind, list]) => [kind, list.map((file) => file.slice(dir.length + 1))]))).toEqual({
      site: ['data/site.yaml'], bodies: ['data/bodies.yaml'], complaints: ['data/complaints.csv'], officials: ['data/officials/an-peeters.yaml'], agenda: ['data/agenda/2025.csv'],
      declarations: ['data/declarations/2025/an-peeters.yaml'], meetings: ['content/meetings/2025-01-02-council.nl.md'], pages: ['content/pages/complaints.fr.md'],
    });
    const said = Object.fromEntries(problems.map((problem) => [problem.file.slice(dir.length + 1), problem.message]));
    expect(said).toEqual({
      'data/agenda/2026.CSV': expect.stringMatching(/rename it to 2026\.csv/),
      'data/agenda/linked.csv': expect.stringMatching(/symbolic link/),
      'data/officials/bo-claes.yml': expect.stringMatching(/rename it to bo-claes\.yaml/),
      'data/expenditure/2025.xlsx': expect.stringMatching(/is not read: data\/expenditure\/ holds spending lines/),
      'data/income/2025': expect.stringMatching(/folder Vitrine does not read/),
      'data/declarations/an-peeters.yaml': expect.stringMatching(/declarations\/<year>\/<official-id>\.yaml/),
      'data/notes.txt': expect.stringMatching(/not a file Vitrine reads/),
      'content/meetings/2025-01-03-council.nl.mdx': expect.stringMatching(/MDX.*rename it to 2025-01-03-council\.nl\.md/),
      'content/pages/Complaints.NL.MD': expect.stringMatching(/rename it to Complaints\.NL\.md/),
      'content/images': expect.stringMatching(/content\/ holds meetings\/ and pages\//),
    });
  });
});
