// The demo organisation: made again the same from its seed, as large and as varied as the portal needs.
import { describe, expect, it } from 'vitest';
import { makeOrganisation, SIZES } from '../../scripts/demo/organisation.ts';

describe('the demo generator', () => {
  const demo = makeOrganisation(SIZES.S, 20250101);

  it('makes the same organisation from the same seed', () => {
    expect(JSON.stringify(makeOrganisation(SIZES.S, 20250101))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(makeOrganisation(SIZES.S, 7).agenda.slice(0, 5))).not.toBe(JSON.stringify(demo.agenda.slice(0, 5)));
  });

  it('makes an organisation of the size the demo promises', () => {
    expect(demo.officials).toHaveLength(12);
    expect(demo.bodies).toHaveLength(3);
    expect(demo.agenda.length).toBeGreaterThanOrEqual(1500);
    expect(demo.meetings.length).toBeGreaterThanOrEqual(24);
    expect(demo.gifts.length).toBeGreaterThanOrEqual(40);
    expect(demo.expenditure.length).toBeGreaterThanOrEqual(3000);
    expect(demo.income.length).toBeGreaterThanOrEqual(500);
  });

  it('has officials who left, one serving a third term by exception, and minutes in several languages', () => {
    const mandates = demo.officials.map((official) => official.record.mandates as Array<{ end?: string; exception?: unknown }>);
    expect(mandates.filter((list) => list.every((mandate) => mandate.end !== undefined)).length).toBeGreaterThanOrEqual(2);
    expect(mandates.filter((list) => list.some((mandate) => mandate.exception !== undefined))).toHaveLength(1);
    const languages = new Set(demo.meetings.map((meeting) => Object.keys(meeting.minutes).sort().join('+')));
    expect([...languages].sort()).toEqual(expect.arrayContaining(['nl', 'fr', 'fr+nl', 'en+nl']));
  });

  it('records votes by name at most council meetings, from those present, agreeing with the totals', () => {
    type Item = { votes?: Record<string, number>; votesByName?: Record<string, string[]> };
    const council = demo.meetings.filter((meeting) => meeting.frontMatter.body === 'council');
    const named = council.filter((meeting) => (meeting.frontMatter.items as Item[]).some((item) => item.votesByName));
    expect(named.length).toBeGreaterThan(council.length / 2);
    const choices = new Set<string>();
    for (const meeting of named) {
      const present = meeting.frontMatter.present as string[];
      for (const item of meeting.frontMatter.items as Item[]) {
        if (!item.votesByName) continue;
        const names = Object.values(item.votesByName).flat();
        expect(new Set(names).size, meeting.id).toBe(names.length);
        for (const id of names) expect(present, meeting.id).toContain(id);
        for (const choice of ['for', 'against', 'abstain']) expect(item.votesByName[choice]?.length ?? 0, `${meeting.id} ${choice}`).toBe(item.votes?.[choice]);
        for (const choice of Object.keys(item.votesByName)) choices.add(choice);
      }
    }
    expect([...choices].sort()).toEqual(['absent', 'abstain', 'against', 'for']);
  });

  it('has the income kinds the codes of ethics ask to disaggregate', () => {
    expect(new Set(demo.income.map((line) => line.category))).toEqual(new Set(['membership-fees', 'donation', 'subsidy', 'crowdfunding', 'bank-loan']));
  });
});

describe('the committed demo', () => {
  it('is exactly what the generator writes for size S, so it can be made again', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import('node:fs');
    const { join, relative, resolve } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = resolve(import.meta.dirname, '../..');
    const out = mkdtempSync(join(tmpdir(), 'vitrine-demo-'));
    try {
      const result = spawnSync(process.execPath, ['scripts/generate.ts', 'S', '--out', out], { cwd: root, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
      for (const folder of ['data', 'content/meetings']) {
        const generated = files(join(out, folder));
        expect(files(join(root, folder))).toEqual(generated);
        for (const file of generated) expect(readFileSync(join(root, folder, file), 'utf8'), file).toBe(readFileSync(join(out, folder, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the parliament profile (size P)', () => {
  const parliament = makeOrganisation(SIZES.P, 20250101);
  const named = (row: { organisations?: string }) => (row.organisations ?? '').split(';').map((name) => name.trim()).filter(Boolean);

  it('has 700 members whose register lists about 25,000 meetings with interest representatives, naming over 15,000 organisations, several at a time', () => {
    expect(parliament.officials).toHaveLength(700);
    const lobby = parliament.agenda.filter((row) => row.category === 'interest-representatives');
    expect(lobby.length).toBeGreaterThan(22_000);
    expect(lobby.length).toBeLessThan(28_000);
    expect(new Set(parliament.agenda.flatMap(named)).size).toBeGreaterThan(15_000);
    expect(lobby.every((row) => named(row).length >= 1 && new Set(named(row)).size === named(row).length)).toBe(true);
    expect(lobby.filter((row) => named(row).length > 1).length).toBeGreaterThan(lobby.length / 2);
    expect(new Set(parliament.agenda.map((row) => row.date!.slice(0, 4)))).toEqual(new Set(['2022', '2023', '2024', '2025', '2026']));
  });

  it('has declarations of 10 to 40 side positions each', () => {
    const counts = parliament.declarations.map((declaration) => (declaration.record.sidePositions as unknown[]).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
  });
});
