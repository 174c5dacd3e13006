/**
 * Reads the versions of a CSV file one after the other, each through the project's CSV reader, but only
 * where it differs from the version before: a new version of an agenda file mostly repeats the last
 * one, and reading every version whole is most of the cost of history (1.4 GB of versions at size L).
 *
 * A version read keeps its bytes and where each of its records starts. The next version is compared
 * with it byte by byte: records of the old version that lie whole in a stretch both share are the same
 * records, with no new id. Where they differ, reading starts at the last record boundary before the
 * difference and goes on until an old record is found again (searched for by its bytes) and the reader
 * confirms that a record starts there; from there both share bytes again. Where that cannot be shown
 * (a quote left open, the header or the separator changed) the rest, or the whole version, is read.
 * Only the records read are returned: every record of the new version that is not one of the old
 * version's records is among them.
 */
import { readCsv, type CsvRecord } from '../loading/sources/csv.ts';

/** A version of a file as read: its bytes (no BOM, `\n` line ends) and where its records start. */
export interface Version {
  blob: string;
  bytes: Buffer;
  /** The header's columns, and the offset of the first record: what a partial read starts with. */
  header: string;
  headerEnd: number;
  /** Byte offset of every record, in order. */
  starts: number[];
}

/** How far past a difference an old record is looked for before the rest of the version is read. */
const SEARCH_BYTES = 1048576;
/** How many old records from the difference on are looked for. */
const CANDIDATES = 8;
/** Differences closer than this are read in one go (each read has a cost of its own). */
const GAP_BYTES = 16384;
/** Records read again before a difference, so that the reader guesses the separator from ten rows. */
const CONTEXT_ROWS = 9;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A blob's bytes without BOM and with `\n` line ends, as readCsv sees them. */
export function normalised(raw: Buffer): Buffer {
  const bytes = raw.subarray(0, 3).equals(BOM) ? raw.subarray(3) : raw;
  return bytes.includes(13) ? Buffer.from(bytes.toString('utf8').replace(/\r\n?/g, '\n')) : bytes;
}

/** Reads a version of a file: the records that may be new (all of them without an earlier version). */
export function readVersion(path: string, blob: string, bytes: Buffer, previous: Version | undefined): { version: Version; records: CsvRecord[] } {
  const changed = previous && readChanges(path, bytes, previous);
  if (changed) return { version: { blob, bytes, header: (previous as Version).header, headerEnd: (previous as Version).headerEnd, starts: changed.starts }, records: changed.records };
  const text = bytes.toString('utf8');
  const csv = readCsv(text, path);
  const starts: number[] = [];
  addStarts(starts, text, 0, 0, csv.records, Infinity);
  return { version: { blob, bytes, header: csv.header.join('\n'), headerEnd: starts[0] ?? bytes.length, starts }, records: csv.records };
}

/** The records where `bytes` differs from the previous version, and all record starts; undefined when the header differs. */
function readChanges(path: string, bytes: Buffer, previous: Version): { starts: number[]; records: CsvRecord[] } | undefined {
  const old = previous.bytes;
  const oldStarts = previous.starts;
  if (oldStarts.length === 0 || commonLength(old, 0, bytes, 0) < previous.headerEnd) return undefined;
  const head = bytes.toString('utf8', 0, previous.headerEnd);
  const starts: number[] = [];
  const records: CsvRecord[] = [];
  // Reads bytes[from, to) after the header, and the records just before `from` (already read): the
  // reader guesses the separator from the first ten rows, and needs as many to guess as it did.
  // Undefined if the reader then sees other columns.
  const read = (from: number, to: number) => {
    const context = starts[Math.max(0, starts.length - CONTEXT_ROWS)] ?? from;
    const text = head + bytes.toString('utf8', context, to);
    const csv = readCsv(text, path);
    return csv.header.join('\n') === previous.header ? { text, csv, first: head.length + bytes.toString('utf8', context, from).length } : undefined;
  };
  // bytes from i on go on as old from j on; both are at the start of a record (or of the file).
  let i = 0;
  let j = 0;
  let k = 0; // the first old start at or after j
  // Where the stretch being read began: differences close to each other are read together.
  let reading: number | undefined;
  for (;;) {
    const same = commonLength(old, j, bytes, i);
    const last = lastAtOrBefore(oldStarts, j + same);
    // The record at `from` is the first that may differ; those before it lie whole in the common part.
    const from = (oldStarts[last] as number) - j + i;
    if (reading === undefined) {
      for (let n = k; n < last; n++) starts.push((oldStarts[n] as number) - j + i);
      reading = from;
    }
    const resync = j + same < old.length ? findOldRecord(old, oldStarts, last, bytes, from) : undefined;
    if (resync) {
      const after = commonLength(old, oldStarts[resync.index] as number, bytes, resync.at);
      const next = { i: resync.at, j: oldStarts[resync.index] as number, k: resync.index };
      // The next difference is near: read on through it rather than start another read.
      if (next.j + after < old.length && after < GAP_BYTES) {
        ({ i, j, k } = next);
        continue;
      }
      const window = read(reading, resync.at + resync.length);
      if (!window) return undefined;
      // Where the old record found again is in the text read: a record must start there.
      const at = window.first + bytes.toString('utf8', reading, resync.at).length;
      if (window.csv.records.some((record) => record.start === at)) {
        for (const record of window.csv.records) if (record.start >= window.first && record.start < at) records.push(record);
        addStarts(starts, window.text, window.first, reading, window.csv.records, at);
        ({ i, j, k } = next);
        reading = undefined;
        continue;
      }
    }
    // The rest is read: the old version ends here, or its records are not found again.
    const rest = read(reading, bytes.length);
    if (!rest) return undefined;
    for (const record of rest.csv.records) if (record.start >= rest.first) records.push(record);
    addStarts(starts, rest.text, rest.first, reading, rest.csv.records, Infinity);
    return { starts, records };
  }
}

/**
 * The nearest place at or after `from` in `bytes` where one of the old records from `first` on is
 * written whole, looked for within SEARCH_BYTES.
 */
function findOldRecord(old: Buffer, oldStarts: number[], first: number, bytes: Buffer, from: number): { at: number; index: number; length: number } | undefined {
  const range = bytes.subarray(0, Math.min(bytes.length, from + SEARCH_BYTES));
  let best: { at: number; index: number; length: number } | undefined;
  for (let index = first; index < Math.min(oldStarts.length, first + CANDIDATES); index++) {
    const start = oldStarts[index] as number;
    const needle = old.subarray(start, oldStarts[index + 1] ?? old.length);
    const at = range.indexOf(needle, from);
    if (at !== -1 && (!best || at < best.at)) best = { at, index, length: needle.length };
  }
  return best;
}

/**
 * Adds the byte offset of each record that starts before `until` (an offset in `text`), given that
 * offset `char` of the text is byte `byte` of the file.
 */
export function addStarts(starts: number[], text: string, char: number, byte: number, records: CsvRecord[], until: number): void {
  for (const record of records) {
    if (record.start < char) continue;
    if (record.start >= until) break;
    byte += Buffer.byteLength(text.slice(char, record.start));
    char = record.start;
    starts.push(byte);
  }
}

/** Index of the last of the sorted offsets at or before `offset`, or -1. */
export function lastAtOrBefore(offsets: number[], offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** How many bytes `a` from `aFrom` and `b` from `bFrom` have in common: compared 64 KB at a time, then byte by byte. */
export function commonLength(a: Buffer, aFrom: number, b: Buffer, bFrom: number): number {
  const length = Math.min(a.length - aFrom, b.length - bFrom);
  let at = 0;
  while (at < length) {
    const end = Math.min(at + 65536, length);
    if (a.compare(b, bFrom + at, bFrom + end, aFrom + at, aFrom + end) !== 0) break;
    at = end;
  }
  while (at < length && a[aFrom + at] === b[bFrom + at]) at++;
  return at;
}
