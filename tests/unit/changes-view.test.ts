/**
 * What an official's feed and the changes pages make of the history (src/lib/history/changes-view.ts):
 * field values as readers read them (an enum by its label, yes/no, officials by name, money, dates at
 * their precision) and whose records the changes are (ownersOf in the registry, the commit's owners).
 */
import { describe, expect, it } from 'vitest';
import { compareRecords, type KindCommit } from '../../src/lib/history/changes.ts';
import { changesByOfficial, fieldLabel, fieldValue } from '../../src/lib/history/changes-view.ts';
import { ownersOf } from '../../src/schemas/kinds.ts';

const reading = { currency: 'EUR', names: new Map([['an-verlinden', 'An Verlinden'], ['karim-dubois', 'Karim Dubois']]) };

describe('a field value for readers', () => {
  it('reads an enum by its label in the reader’s language', () => {
    expect(fieldValue('gifts', 'outcome', 'handed-over', 'nl', reading)).toBe('afgegeven');
    expect(fieldValue('gifts', 'outcome', 'handed-over', 'fr', reading)).toBe('remis');
    expect(fieldValue('agenda', 'category', 'council-work', 'en', reading)).not.toBe('council-work');
    expect(fieldValue('officials', 'mandates.0.selection', 'elected', 'nl', reading)).not.toBe('elected');
  });

  it('reads yes or no, officials by name (one or a list), money and dates at their precision', () => {
    expect(fieldValue('officials', 'mandates.1.paid', 'true', 'nl', reading)).toBe('ja');
    expect(fieldValue('income', 'refund', 'false', 'en', reading)).toBe('no');
    expect(fieldValue('gifts', 'official', 'an-verlinden', 'en', reading)).toBe('An Verlinden');
    expect(fieldValue('agenda', 'officials', 'an-verlinden; karim-dubois', 'en', reading)).toBe('An Verlinden, Karim Dubois');
    expect(fieldValue('agenda', 'officials', 'nobody-known', 'en', reading)).toBe('nobody-known');
    expect(fieldValue('remuneration', 'expenses', '82.20', 'en', reading)).toMatch(/^(€|EUR)\s?82\.20$/);
    expect(fieldValue('gifts', 'date', '2025-04', 'en', reading)).toBe('April 2025');
    expect(fieldValue('gifts', 'giver', 'Theater Noord', 'en', reading)).toBe('Theater Noord');
    expect(fieldValue('gifts', 'reason.nl', '', 'en', reading)).toBe('—');
  });

  it('names a field of officials for the names it shows, not as ids, in every language', () => {
    expect(fieldLabel('agenda', 'officials', 'en')).toBe('Officials present');
    expect(fieldLabel('agenda', 'officials', 'nl')).toBe('Aanwezige mandatarissen');
    expect(fieldLabel('agenda', 'officials', 'fr')).toBe('Mandataires présents');
    expect(fieldLabel('meetings', 'items.0.votesByName.for', 'en')).toBe('Officials who voted for');
    // Other fields keep their description's head.
    expect(fieldLabel('gifts', 'giver', 'en')).not.toMatch(/^Ids? /);
    expect(fieldLabel('gifts', 'outcome', 'en')).toBe(fieldLabel('gifts', 'outcome', 'en').trim());
  });
});

describe('whose record a change is', () => {
  it('is decided per kind by the registry: a field, a list of officials, or the identity', () => {
    expect(ownersOf('gifts', 'g-2025-01', { official: 'an-verlinden' })).toEqual(['an-verlinden']);
    expect(ownersOf('agenda', 'a-1', { officials: 'an-verlinden; karim-dubois' })).toEqual(['an-verlinden', 'karim-dubois']);
    expect(ownersOf('remuneration', 'an-verlinden 2025-02', {})).toEqual(['an-verlinden']);
    expect(ownersOf('declarations', 'karim-dubois 2025', {})).toEqual(['karim-dubois']);
    expect(ownersOf('officials', 'lise-marchal', {})).toEqual(['lise-marchal']);
    expect(ownersOf('income', 'i-1', {})).toEqual([]);
  });

  it('puts each record changed or removed under its officials, before and after, never a record added', () => {
    const before = new Map([
      ['g-1', { official: 'an-verlinden', value: '40.00' }],
      ['g-2', { official: 'an-verlinden', value: '10.00' }],
      ['g-3', { official: 'karim-dubois', value: '5.00' }],
    ]);
    const after = new Map([
      ['g-1', { official: 'an-verlinden', value: '45.00' }],
      ['g-2', { official: 'karim-dubois', value: '10.00' }],
      ['g-4', { official: 'lise-marchal', value: '1.00' }],
    ]);
    const compared = compareRecords(before, after, (id, fields) => ownersOf('gifts', id, fields));
    expect(compared.owners).toEqual({ 'g-1': ['an-verlinden'], 'g-2': ['an-verlinden', 'karim-dubois'], 'g-3': ['karim-dubois'] });
    const start: KindCommit = { commit: 'a'.repeat(40), day: '2025-06-01', start: 3, added: [], changed: [], removed: [] };
    const next: KindCommit = { commit: 'b'.repeat(40), day: '2025-06-12', ...compared };
    const byOfficial = changesByOfficial({ gifts: [start, next] });
    expect(byOfficial.get('an-verlinden')?.map((item) => [item.id, item.fields?.map((field) => field.field) ?? 'removed'])).toEqual([['g-1', ['value']], ['g-2', ['official']]]);
    expect(byOfficial.get('karim-dubois')?.map((item) => [item.id, item.fields ? 'changed' : 'removed'])).toEqual([['g-2', 'changed'], ['g-3', 'removed']]);
    expect(byOfficial.has('lise-marchal')).toBe(false);
    expect(byOfficial.get('an-verlinden')?.[0]).toMatchObject({ kind: 'gifts', dataset: 'gifts', commit: next.commit, day: '2025-06-12', page: 1 });
  });
});
