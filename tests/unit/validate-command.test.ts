// `npm run validate` as a staff member meets it: every problem at once, with file, line, column, field and fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfFixture } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');

function validate(siteDir?: string, cache?: string) {
  const result = spawnSync(process.execPath, ['scripts/validate.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITRINE_SITE_DIR: siteDir ? resolve(root, siteDir) : '', VITRINE_TODAY: '2026-11-20', ...(cache ? { VITRINE_CACHE: cache } : {}) },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run validate', () => {
  it('reports every problem of a broken organisation, each with its place, field and fix, and exits 1', () => {
    const { code, out, err } = validate('tests/fixtures/broken-org');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatchInlineSnapshot(`
      "tests/fixtures/broken-org/content/meetings/2025-02-10-council.nl.md:10:19  items.0.votes.for  is 2, but votesByName.for names 1 official: make the total and the names agree (fix the count or the list of names)
      tests/fixtures/broken-org/content/meetings/2025-03-03-board.fr.md:2:7  body  "bord" is not a body: use an id from bodies.yaml (known: council, board)
      tests/fixtures/broken-org/data/agenda/2025.csv:3:13  date  "2025-02-31" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14
      tests/fixtures/broken-org/data/agenda/2025.csv:4:36  officials.0  "lise-marchel" is not an official: use the id of a file in data/officials/ (did you mean lise-marchal?)
      tests/fixtures/broken-org/data/declarations/2025/an-verlinden.yaml:4:1  (record)  is not valid YAML: Sequence item without - indicator (check the indentation and that text with a colon is in quotes)
      tests/fixtures/broken-org/data/expenditure/2025.csv:4:1  (record)  has 9 cells but the header has 8: a value with a "," or a line break must be written in double quotes
      tests/fixtures/broken-org/data/gifts/2025.csv:1:1  value  column is missing: add a column named value (e.g. 1234.56)
      tests/fixtures/broken-org/data/gifts/2025.csv:1:36  valeur  is not a column of this file: rename it to one of id, date, official, giver, description, value, outcome, reason, reportedTo, sourceUrl, or remove it
      tests/fixtures/broken-org/data/income/2025.csv:3:45  donorName  names a donor who gave 0.20 in 2025, not above the publication threshold of 500.00: remove the name, small donors are never named
      tests/fixtures/broken-org/data/officials/karim-dubois.yaml:1:1  sortName  is required
      tests/fixtures/broken-org/data/officials/lise-marchal.yaml:8:10  mandates.0.end  2023-12-31 is before the start 2024-03-01: a mandate ends after it starts
      tests/fixtures/broken-org/data/organisations.yaml:5:7  aliases.0  "Fietsersvereniging NOORDKANT" is already claimed by the organisation "Fietsersvereniging Noordkant" at line 1 (names that differ only in case, accents or punctuation are one organisation): keep one entry and move the other's ids into it
      tests/fixtures/broken-org/data/organisations.yaml:7:8  kbo  "0999.001.217" fails the KBO check digit (mod 97): check the number on kbopub.economie.fgov.be
      tests/fixtures/broken-org/data/organisations.yaml:8:10  siren  "999000129" fails the SIREN check digit (Luhn): check the number on annuaire-entreprises.data.gouv.fr
      tests/fixtures/broken-org/data/remuneration/2025.csv:3:22  netSalary  "1850,00" is not an amount: write digits with a decimal point and at most two decimals, no currency sign or thousands separator, e.g. 1234.56
      tests/fixtures/broken-org/data/travel/2025.csv:2:22  to  2025-06-11 is before the first day 2025-06-13: a trip ends on or after the day it starts; swap the two dates if they were exchanged

      ✗ 16 problems in tests/fixtures/broken-org: nothing was published. Fix the lines above and run npm run validate again.
      "
    `);
  });

  it('prints one summary line and exits 0 for a clean organisation, with the ethics signals as warnings', () => {
    const { code, out } = validate('tests/fixtures/small-org');
    expect(code).toBe(0);
    expect(out).toMatchInlineSnapshot(`
      "✓ 0 problems: 3 officials, 2 bodies, 3 agenda entries, 2 meetings, 2 declarations, 5 gifts, 2 trips, 3 remuneration rows, 4 income lines, 4 expenditure lines, 2 complaint counts

      4 signals of the code of ethics (warnings; they do not fail validation):
      warning: tests/fixtures/small-org/data/gifts/2024.csv:2  gift-value-unclear:an-verlinden:g-2024-01  unknown against 50.00
      warning: tests/fixtures/small-org/data/officials/lise-marchal.yaml:1  missing-declaration:lise-marchal:2025  due 2026-06-30
      warning: tests/fixtures/small-org/data/officials/karim-dubois.yaml:1  unsigned-code:karim-dubois:2024  due 2024-06-01
      warning: tests/fixtures/small-org/data/officials/lise-marchal.yaml:1  unsigned-code:lise-marchal:2024  due 2024-06-01
      "
    `);
  });

  it('says the same from the records it kept as from the files, and never keeps a problem', () => {
    const org = copyOfFixture('small-org', 'vitrine-validate-org-');
    const cache = mkdtempSync(join(tmpdir(), 'vitrine-validate-cache-'));
    try {
      const first = validate(org, cache);
      expect(first.code).toBe(0);
      // The records of every file are kept: the next run reads none of them.
      expect(readdirSync(join(cache, 'records')).length).toBeGreaterThan(10);
      // The signals' places (a line in an official's file) come from the kept records the second time.
      expect(validate(org, cache)).toEqual(first);
      const official = join(org, 'data/officials/lise-marchal.yaml');
      writeFileSync(official, readFileSync(official, 'utf8').replace(/^sortName:/m, 'sortname:'));
      const broken = validate(org, cache);
      expect(broken.code).toBe(1);
      expect(broken.err).toContain('lise-marchal.yaml:1:1  sortName  is required');
      expect(validate(org, cache)).toEqual(broken);
    } finally {
      rmSync(org, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('finds no problem in the demo organisation shipped with Vitrine', () => {
    const { code, out, err } = validate();
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ 0 problems: 12 officials, 3 bodies, \d+ agenda entries/);
  });
});
