// `npm run import` on hostile input: a workbook that would unpack to gigabytes (a zip bomb) is refused
// before it is unpacked; cells that a spreadsheet would run as formulas are not
// written into data/, and the report says so for each row.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readXlsx, XLSX_LIMITS } from '../../src/lib/staff/import/xlsx.ts';
import { formatReport } from '../../src/lib/staff/import/report.ts';
import { formulaStart } from '../../src/lib/staff/import/rows.ts';
import { applyChanges, planImport } from '../../src/lib/staff/import/run.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { copyOfFixture } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
let org: string;

beforeEach(() => {
  org = copyOfFixture('small-org', 'vitrine-bounds-');
});
afterEach(() => rmSync(org, { recursive: true, force: true }));

interface Part {
  name: string;
  /** The bytes stored in the archive (deflated unless `method` is 0). */
  data: Uint8Array;
  /** The unpacked size the archive declares, true or not. */
  size: number;
  method?: number;
}

/** A ZIP archive written by hand, so that its declared sizes and count can lie. */
function zip(parts: Part[], declaredCount = parts.length): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    // The fields a file's local header and its entry in the central directory share, from "version
    // needed" to the extra field's length: written once, then each record is its signature around them.
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0);
    fields.writeUInt16LE(part.method ?? 8, 4);
    fields.writeUInt32LE(part.data.length, 14);
    fields.writeUInt32LE(part.size, 18);
    fields.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([Buffer.alloc(4), fields]);
    local.writeUInt32LE(0x04034b50, 0);
    // The central entry: signature, "version made by", the shared fields, then comment length, disk,
    // attributes and the local header's offset.
    const entry = Buffer.concat([Buffer.alloc(6), fields, Buffer.alloc(14)]);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(local, name, Buffer.from(part.data));
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(declaredCount, 8);
  end.writeUInt16LE(declaredCount, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** 8 MB of zeros, deflated to some 8 KB. */
const zeros = deflateRawSync(Buffer.alloc(8_000_000));
const xml = (text: string): Part => ({ name: '', data: deflateRawSync(Buffer.from(text)), size: Buffer.byteLength(text) });
const workbook = xml('<workbook><sheets><sheet name="Blad1" r:id="rId1"/></sheets></workbook>');
const rels = xml('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');

/** Runs an import of `bytes` as an agenda. */
async function importBytes(bytes: Uint8Array, name = 'bomb.xlsx') {
  const file = join(org, name);
  writeFileSync(file, bytes);
  return { result: await planImport({ kind: 'agenda', file, siteDir: org }) };
}

describe('a workbook that unpacks to more than the import allows', () => {
  it('is refused from its declared sizes before anything is unpacked, naming the limit', async () => {
    // 20 parts of 8 MB each: 160 MB declared, from an archive of some 160 KB.
    const parts: Part[] = [{ ...workbook, name: 'xl/workbook.xml' }, { ...rels, name: 'xl/_rels/workbook.xml.rels' }];
    for (let n = 0; n < 20; n++) parts.push({ name: `xl/media/zeros${n}.bin`, data: zeros, size: 8_000_000 });
    const bytes = zip(parts);
    expect(bytes.length).toBeLessThan(1_000_000);
    const { result } = await importBytes(bytes);
    expect(result.fatal).toHaveLength(1);
    expect(result.fatal[0]).toContain('would unpack to 160 MB, more than the limit of 100 MB for an imported workbook');
    expect(result.changes).toEqual([]);
    expect(XLSX_LIMITS.unpackedBytes).toBe(100_000_000);
    // The same parts with data that is not deflate at all: had any part been unpacked before the sizes
    // were checked, the import would report a damaged part instead of the limit.
    const garbage = zip(parts.map((part) => (part.name.startsWith('xl/media/') ? { ...part, data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) } : part)));
    const { result: refused } = await importBytes(garbage, 'garbage.xlsx');
    expect(refused.fatal).toEqual([expect.stringContaining('would unpack to 160 MB, more than the limit of 100 MB')]);
  });

  it('is refused as soon as a part unpacks to more than the size it declares (a declared size that lies)', async () => {
    // The sheet declares 2 KB but holds 8 MB of zeros: zlib stops at 2 KB.
    const bytes = zip([{ ...workbook, name: 'xl/workbook.xml' }, { ...rels, name: 'xl/_rels/workbook.xml.rels' }, { name: 'xl/worksheets/sheet1.xml', data: zeros, size: 2_000 }]);
    const { result } = await importBytes(bytes);
    // Only zlib's output limit (the declared size) gives this message: inflating stopped at 2,000 bytes.
    expect(result.fatal).toEqual([`${join(org, 'bomb.xlsx')} has a part (xl/worksheets/sheet1.xml) that unpacks to more than the 2,000 bytes it declares: the file is damaged or made to exhaust memory, and is not imported`]);
  });

  it('is refused when it has more parts than the limit, whatever their size', async () => {
    const { result } = await importBytes(zip([{ ...workbook, name: 'xl/workbook.xml' }], 60_000));
    expect(result.fatal[0]).toContain('has 60,000 parts, more than the 10,000 an imported workbook may have');
  });

  it('still reads a real workbook, and one whose parts are stored without compression', () => {
    const table = readXlsx(new Uint8Array(readFileSync(join(root, 'tests/fixtures/import/xlsx-workbook.xlsx'))));
    expect(table.header).toContain('Datum');
    expect(table.rows).toHaveLength(2);
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Kaai</t></is></c></row></sheetData></worksheet>';
    const stored = (name: string, text: string): Part => ({ name, data: Buffer.from(text), size: Buffer.byteLength(text), method: 0 });
    const plain = zip([stored('xl/workbook.xml', '<workbook><sheets><sheet name="Blad1" r:id="rId1"/></sheets></workbook>'), stored('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'), stored('xl/worksheets/sheet1.xml', sheet)]);
    expect(readXlsx(plain).rows.map((row) => row.cells)).toEqual([{ Naam: 'Kaai' }]);
  });
});

describe('cells that a spreadsheet would run as a formula', () => {
  it('tells a formula start from text and numbers', () => {
    expect(['=1+1', '@SUM(1)', '+32 2 555 12 12', '-korting', '\tx', '\rx'].map(formulaStart)).toEqual(['"="', '"@"', '"+"', '"-"', 'a tab', 'a carriage return']);
    expect(['-12.50', '+3', '12', 'Inkt', "'=1", 'a=b', '2025-01-02', ''].map(formulaStart)).toEqual(Array(8).fill(undefined));
  });

  it('are refused row by row with their line in the report; a negative amount is imported as a number; what is written reads back the same', async () => {
    const file = join(org, 'bank.csv');
    writeFileSync(
      file,
      [
        'date,amount,category,payee,description,refund',
        '2026-03-02,-12.50,office,Drukkerij Noord,Creditnota papier,yes',
        '2026-03-03,20.00,office,"=HYPERLINK(""http://x"",""y"")",Inkt,',
        '2026-03-04,30.00,office,Drukkerij Noord,@SUM(1),',
        '2026-03-05,40.00,office,Drukkerij Noord,+32 2 ...,',
        '2026-03-06,50.00,office,Drukkerij Noord,"Toner = zwart, 2 stuks",',
        '',
      ].join('\n'),
    );
    const result = await planImport({ kind: 'expenditure', file, siteDir: org });
    expect(result.fatal).toEqual([]);
    expect(result.outcomes.map((outcome) => `${outcome.where} ${outcome.status}`)).toEqual(['2 added', '3 skipped', '4 skipped', '5 skipped', '6 added']);
    const report = formatReport(result, false).replaceAll(`${org}/`, '');
    expect(report).toContain('bank.csv:3  skipped        payee (column "payee")  starts with "=", so a spreadsheet that opens the data file would run it as a formula: it is not imported; if it is meant as text, remove the leading "=" in the source and import again');
    expect(report).toContain('bank.csv:4  skipped        description (column "description")  starts with "@", so a spreadsheet');
    expect(report).toContain('bank.csv:5  skipped        description (column "description")  starts with "+", so a spreadsheet');
    expect(report).toContain('✗ 5 rows in bank.csv: 2 added, 0 already there, 3 skipped');

    await applyChanges(org, result.changes);
    const text = readFileSync(join(org, 'data/expenditure/2026.csv'), 'utf8');
    const written = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(written.map((row) => [row.amount, row.description])).toEqual([
      ['-12.50', 'Creditnota papier'],
      ['50.00', 'Toner = zwart, 2 stuks'],
    ]);
    for (const row of written) for (const cell of Object.values(row)) expect(formulaStart(cell ?? ''), cell).toBeUndefined();
    // Vitrine's own reader gets back exactly the text and the amount of the source.
    const { data, problems } = await loadSite(org);
    expect(problems).toEqual([]);
    const lines = (data?.expenditure ?? []).filter((line) => line.data.date.startsWith('2026'));
    expect(lines.map((line) => [line.data.amount, line.data.description])).toEqual([
      [-1250, 'Creditnota papier'],
      [5000, 'Toner = zwart, 2 stuks'],
    ]);
  });
});
