// Which languages a build writes pages in (VITRINE_LANGS, docs/scaling.md): the site's own order, and a
// code the site does not have refused with the codes it does.
import { describe, expect, it } from 'vitest';
import { languagesToBuild } from '../../src/lib/build/languages.ts';

describe('the languages a build writes', () => {
  const site = ['nl', 'fr', 'en'] as const;

  it('are all of the site when none is named', () => {
    expect(languagesToBuild(site, undefined)).toEqual(['nl', 'fr', 'en']);
    expect(languagesToBuild(site, ' , ')).toEqual(['nl', 'fr', 'en']);
  });

  it('are those named, in the order of the site', () => {
    expect(languagesToBuild(site, 'en, nl')).toEqual(['nl', 'en']);
    expect(languagesToBuild(site, 'fr')).toEqual(['fr']);
  });

  it('never include a language the site does not have', () => {
    expect(() => languagesToBuild(site, 'nl,de')).toThrow('VITRINE_LANGS names de, which data/site.yaml does not list: use one or more of nl, fr, en, separated by commas');
  });
});
