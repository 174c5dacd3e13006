// An organisation started with `npm run init`, built as written: it builds, and its pages say that the
// rules its code does not state are off instead of measuring anyone against an invented threshold.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-new-org-'));
const org = join(work, 'org');
const out = join(work, 'site');
const text = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  const init = spawnSync(process.execPath, ['scripts/init.ts', org, '--languages', 'fr,en', '--name', 'Collectif Horizon'], { cwd: root, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(init.stderr);
  build(org, out);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new organisation, built as npm run init wrote it', () => {
  it('is published in the languages asked only, French first', () => {
    expect(readdirSync(out).filter((name) => ['nl', 'fr', 'en'].includes(name)).sort()).toEqual(['en', 'fr']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('/fr/');
  });

  it('says on the rules page which rules are off, with no count of signals for them', () => {
    const rules = text('en/rules');
    expect(rules).toContain('12 rules are off: the code of ethics of this organisation sets no threshold for them');
    expect(text('fr/rules/gift-outcome')).toContain('Cette règle est désactivée : le code d’éthique de cette organisation ne fixe pas de seuil des cadeaux');
    expect(text('en/rules/unsigned-code')).toContain('This rule is off: no code of ethics of this organisation is recorded');
  });

  it('quotes no threshold it was never given', () => {
    expect(text('en/remuneration')).not.toMatch(/caps the three together/);
    expect(text('en/gifts')).not.toMatch(/threshold/i);
    expect(text('en/code-of-ethics')).toContain('No version of a code of ethics is recorded for this organisation yet');
  });
});
