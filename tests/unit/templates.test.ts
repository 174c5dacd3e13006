// The templates staff download from /templates/: made from the schemas, up to date, and valid.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeTemplates } from '../../src/lib/staff/templates.ts';
import { readFrontMatter } from '../../src/lib/loading/sources/front-matter.ts';
import { validateRecord } from '../../src/lib/loading/validate-record.ts';
import { declarationSchema } from '../../src/schemas/declaration.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { officialSchema } from '../../src/schemas/official.ts';

const folder = resolve(import.meta.dirname, '../../public/templates');
const templates = makeTemplates();
const here = { file: 'template', line: 1, column: 1 };

describe('the templates in public/templates/', () => {
  it('are up to date with the schemas (run npm run templates after changing a schema)', () => {
    expect(readdirSync(folder).sort()).toEqual([...templates.keys()].sort());
    for (const [name, text] of templates) expect(readFileSync(join(folder, name), 'utf8'), name).toBe(text);
  });

  it('give every CSV kind an empty file with its header in schema order', () => {
    expect(templates.get('agenda.csv')).toMatch(/^id,date,start,end,officials,title\.nl,title\.fr,title\.en,category,organisations,privateIndividuals,topics,location/);
    expect(templates.get('remuneration.csv')).toBe('official,month,netSalary,expenses,attendanceFees,sourceUrl\n');
    for (const name of ['gifts.csv', 'income.csv', 'expenditure.csv', 'complaints.csv']) expect(templates.get(name)?.split('\n')).toHaveLength(2);
  });

  it('give example files that validate, with each field described', () => {
    expect(validateRecord(officialSchema, parse(templates.get('official.yaml') ?? ''), () => here).problems).toEqual([]);
    expect(validateRecord(declarationSchema, parse(templates.get('declaration.yaml') ?? ''), () => here).problems).toEqual([]);
    const meeting = readFrontMatter(templates.get('meeting.nl.md') ?? '', 'meeting.nl.md');
    expect(meeting.problems).toEqual([]);
    expect(validateRecord(meetingSchema, meeting.value, () => here).problems).toEqual([]);
    expect(templates.get('official.yaml')).toContain('# Name used to sort the directory, family name first\nsortName: Verlinden, An\n');
  });
});
