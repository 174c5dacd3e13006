// CSV files as staff save them: BOM or not, semicolons, quoted line breaks; every row keeps its line.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/loading/sources/csv.ts';

describe('reading a CSV file', () => {
  it('strips a byte order mark and nests per-language columns', () => {
    const csv = readCsv('\uFEFFid,title.nl,title.fr\r\na-1,Overleg,Concertation\r\n', 'x.csv');
    expect(csv.header).toEqual(['id', 'title.nl', 'title.fr']);
    expect(csv.records[0]?.values).toEqual({ id: 'a-1', title: { nl: 'Overleg', fr: 'Concertation' } });
  });

  it('keeps the line where each row starts, across quoted line breaks and blank lines', () => {
    const csv = readCsv('id,note\na-1,"two\nlines"\n\na-2,plain\n', 'x.csv');
    expect(csv.records.map((record) => [record.values.id, record.line])).toEqual([['a-1', 2], ['a-2', 5]]);
    expect(csv.records[0]?.values.note).toBe('two\nlines');
  });

  it('points at the column of a cell', () => {
    const csv = readCsv('id,date,amount\na-1,"2025-01-01",12.50\n', 'x.csv');
    expect(csv.records[0]?.locate(['amount'])).toEqual({ file: 'x.csv', line: 2, column: 18 });
  });

  it('reads semicolon-separated files as Excel saves them in Belgium', () => {
    const csv = readCsv('id;amount;payee\ne-1;12.50;"Drukkerij; Noord"\n', 'x.csv');
    expect(csv.records[0]?.values).toEqual({ id: 'e-1', amount: '12.50', payee: 'Drukkerij; Noord' });
  });

  it('takes the separator from the header, never from cells that hold ; lists or commas', () => {
    const agenda = readCsv('id,date,officials,topics\na-1,2025-01-02,an-peeters; bo-claes,housing; mobility\na-2,2025-01-03,an-peeters; bo-claes,housing; care; mobility\n', 'x.csv');
    expect(agenda.problems).toEqual([]);
    expect(agenda.records.map((record) => record.values.officials)).toEqual(['an-peeters; bo-claes', 'an-peeters; bo-claes']);
    const tabs = readCsv('id\tnote\na-1\tone, two; three\n', 'x.tsv');
    expect(tabs.records[0]?.values).toEqual({ id: 'a-1', note: 'one, two; three' });
    const quotedHeader = readCsv('"id;x";note;other\na;b;c\n', 'x.csv');
    expect(quotedHeader.header).toEqual(['id;x', 'note', 'other']);
  });

  it('reads a file with a comma in its header row with commas, however many ; its header or cells hold', () => {
    const csv = readCsv('id;nr;code,title\na;1;x,"one; two; three"\n', 'x.csv');
    expect(csv.records[0]?.values).toEqual({ 'id;nr;code': 'a;1;x', title: 'one; two; three' });
    const lists = readCsv('id,officials\na-1,"an-peeters; bo-claes; cy-dumont"\n', 'x.csv');
    expect(lists.records[0]?.values).toEqual({ id: 'a-1', officials: 'an-peeters; bo-claes; cy-dumont' });
  });

  it('reports a row with too many cells and a quote that is never closed, with their lines', () => {
    const csv = readCsv('id,note\na-1,one,two\na-2,"open\n', 'x.csv');
    expect(csv.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '2: has 3 cells but the header has 2: a value with a "," or a line break must be written in double quotes',
      '3: has a quoted cell that is never closed: end it with a double quote, and write a quote inside a cell as two double quotes ("")',
    ]);
  });
});
