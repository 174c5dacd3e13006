// The static host's limits as a staff member deploying meets them: the verdict the benchmark prints and the
// one line the build warns with, on lists of files that are just under and just over each limit.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHostLimits, HOST_LIMITS, hostLimitLines, hostLimitWarning, listOutput } from '../../src/lib/build/host-limits.ts';

const MiB = 1024 * 1024;

describe('the host limits', () => {
  it('are those of the strictest common host: 1 GB, 25 MiB a file, 100,000 files', () => {
    expect(HOST_LIMITS).toEqual({ totalBytes: 1_000_000_000, fileBytes: 25 * MiB, files: 100_000 });
  });

  it('pass a site just within every limit, with no warning', () => {
    const files = [{ path: 'data/agenda.parquet', bytes: 25 * MiB }, { path: 'index.html', bytes: 1000 }];
    const check = checkHostLimits(files);
    expect(check.over).toEqual({ total: false, files: false, file: false });
    expect(hostLimitWarning(check)).toBeUndefined();
    expect(hostLimitLines(check).filter((line) => /\bOVER\b/.test(line))).toEqual([]);
  });

  it('name a file one byte over 25 MiB, the largest first, and warn in one line', () => {
    const files = [
      { path: 'calendar/all.ics', bytes: 249_000_000 },
      { path: 'data/agenda.json', bytes: 25 * MiB + 1 },
      { path: 'data/agenda.parquet', bytes: 25 * MiB },
      { path: 'index.html', bytes: 10 },
    ];
    const check = checkHostLimits(files);
    expect(check.tooLarge.map((file) => file.path)).toEqual(['calendar/all.ics', 'data/agenda.json']);
    expect(check.largest.map((file) => file.path)).toEqual(['calendar/all.ics', 'data/agenda.json', 'data/agenda.parquet', 'index.html']);
    const warning = hostLimitWarning(check) ?? '';
    expect(warning.split('\n')).toHaveLength(1);
    expect(warning).toContain('2 files over 25.0 MiB (largest calendar/all.ics, 237.5 MiB)');
    const lines = hostLimitLines(check);
    expect(lines.find((line) => line.startsWith('largest file'))).toMatch(/237\.5 MiB\s+25\.0 MiB\s+OVER \(2 files over\)/);
    expect(lines.filter((line) => line.includes('data/agenda.parquet'))[0]).toMatch(/OK\s+data\/agenda\.parquet$/);
  });

  it('count the total and the files against their limits', () => {
    const many = Array.from({ length: 100_001 }, (_, index) => ({ path: `p/${index}.html`, bytes: 10_000 }));
    const check = checkHostLimits(many);
    expect(check.files).toBe(100_001);
    expect(check.totalBytes).toBe(1_000_010_000);
    expect(check.over).toEqual({ total: true, files: true, file: false });
    expect(check.largest).toHaveLength(10);
    expect(hostLimitWarning(check)).toBe('warning: static hosts may refuse this site: 1.00 GB in all, over 1.00 GB; 100,001 files, over 100,000');
    const lines = hostLimitLines(check);
    expect(lines.find((line) => line.startsWith('files'))).toMatch(/100,001\s+100,000\s+OVER$/);
    expect(lines.find((line) => line.startsWith('total'))).toMatch(/OVER$/);
  });

  it('read a built folder’s files and sizes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-host-limits-'));
    try {
      mkdirSync(join(dir, 'data', 'agenda'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'x'.repeat(12));
      writeFileSync(join(dir, 'data', 'agenda', '2026.csv'), 'y'.repeat(30));
      expect((await listOutput(dir)).sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
        { path: 'data/agenda/2026.csv', bytes: 30 },
        { path: 'index.html', bytes: 12 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
