// A mandate whose start is unknown, built for real: a copy of small-org with a fictional official whose
// only mandate says `start: unknown`. Her page says "start unknown" with no bar from an invented date, the
// rules pages list her as not judged (and no signal of hers), the mandates dataset leaves the start cell
// empty and says why, and Popolo leaves out start_date.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOfficialOfUnknownStart, copyOfFixture } from '../fixture-folders.ts';
import { build } from './run-build.ts';

const org = copyOfFixture('small-org', 'vitrine-start-unknown-build-');
const out = join(org, '.out');
afterAll(() => rmSync(org, { recursive: true, force: true }));
beforeAll(() => {
  addOfficialOfUnknownStart(org);
  build(org, out);
}, 300_000);

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a mandate of unknown start', () => {
  it('is shown on the official’s page as start unknown, without a bar, in every language', () => {
    for (const [lang, words] of [['en', 'start unknown'], ['nl', 'begin onbekend'], ['fr', 'début inconnu']] as const) {
      const html = page(`${lang}/officials/mira-voskuil`);
      const item = /<li id="mandate-councillor-unknown-1"[^>]*>([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
      expect(text(item)).toContain(words);
      expect(item).not.toContain('timeline-bar');
      expect(item).toContain('timeline-end');
    }
  });

  it('is shown as start unknown in the officials index', () => {
    const card = /<a href="\/en\/officials\/mira-voskuil\/">[\s\S]*?<\/li>/.exec(page('en/officials'))?.[0] ?? '';
    expect(text(card)).toContain('start unknown – ongoing');
  });

  it('is listed as not judged on the rules pages, and makes no signal', () => {
    const rules = text(page('en/rules'));
    expect(rules).toContain('Not judged (3)');
    expect(rules).toMatch(/Consecutive terms ?: Mira Voskuil ?, Councillor ?: start of mandate unknown/);
    expect(text(page('en/rules/term-limit'))).toMatch(/Mira Voskuil ?, Councillor ?: start of mandate unknown/);
    expect(text(page('nl/rules/unsigned-code'))).toContain('begin van het mandaat onbekend');
    const signals = Papa.parse<Record<string, string>>(readFileSync(join(out, 'data/signals.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(signals.filter((row) => row.official === 'mira-voskuil')).toEqual([]);
  });

  it('has an empty start cell in the mandates dataset, whose description says what an empty start means', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, 'data/mandates.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows.filter((row) => row.official === 'mira-voskuil').map((row) => row.start)).toEqual(['']);
    const pkg = JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8')) as { resources: Array<{ name: string; schema?: { fields: Array<{ name: string; description?: string; constraints?: { required?: boolean } }> } }> };
    const start = pkg.resources.find((resource) => resource.name === 'mandates')?.schema?.fields.find((field) => field.name === 'start');
    expect(start?.description).toMatch(/empty when the source does not say/);
    expect(start?.constraints?.required).toBeUndefined();
  });

  it('has no start_date in Popolo, and an id of its own', () => {
    const popolo = JSON.parse(readFileSync(join(out, 'data/popolo.json'), 'utf8')) as { memberships: Array<Record<string, string>> };
    const hers = popolo.memberships.filter((membership) => membership.person_id === 'mira-voskuil');
    expect(hers.map((membership) => [membership.id, membership.start_date])).toEqual([['mira-voskuil:councillor:unknown-1', undefined]]);
  });
});
