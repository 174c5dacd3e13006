/**
 * Reads a contributed file as text, or refuses it with what is wrong and the command that fixes it.
 * Every file under data/ and content/ goes through here before a parser sees it, so that a file saved
 * in another encoding is named as such instead of being published with U+FFFD in every accent, and
 * characters that hide what a reviewer reads (control characters, NUL, bidirectional overrides) never
 * reach a page.
 *
 * Hand-written: deciding between "UTF-8", "UTF-16" and "a single-byte Windows code page" needs only the
 * BOM, the NUL pattern and a strict UTF-8 decode, which Node does; a detection library (chardet) would
 * guess among dozens of encodings staff never use and still need this wording.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Problem } from '../problems.ts';
import { LineIndex } from './positions.ts';

export type TextRead = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Control characters other than tab, line feed and carriage return; DEL and the C1 range; the
 * bidirectional embedding, override and isolate characters (they reorder what a reviewer sees in a diff:
 * "Trojan Source"); U+FFFD, the mark of text that was already decoded wrongly once.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/;

const convert = (file: string, from: string) => {
  const path = relative(process.cwd(), file) || file;
  return `convert it to UTF-8, e.g. \`iconv -f ${from} -t UTF-8 '${path}' > converted && mv converted '${path}'\`, or in a spreadsheet "Save as: CSV UTF-8"`;
};

/** The encoding a file's bytes look like when they are not UTF-8, and where the first telling byte is. */
export function sniffEncoding(bytes: Uint8Array): { name: string; iconv: string; offset: number } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'UTF-16 (little-endian, with a byte order mark)', iconv: 'UTF-16', offset: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'UTF-16 (big-endian, with a byte order mark)', iconv: 'UTF-16', offset: 0 };
  // UTF-16 without a mark: every other byte of ASCII text is NUL.
  const sample = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  if (oddNul > sample / 4 && evenNul < sample / 20) return { name: 'UTF-16 (little-endian, without a byte order mark)', iconv: 'UTF-16LE', offset: 0 };
  if (evenNul > sample / 4 && oddNul < sample / 20) return { name: 'UTF-16 (big-endian, without a byte order mark)', iconv: 'UTF-16BE', offset: 0 };
  try {
    UTF8.decode(bytes);
    return undefined;
  } catch {
    // The first byte that breaks UTF-8: in Windows-1252 (Excel's "CSV" on Windows) é is 0xE9, ë 0xEB, € 0x80.
    let offset = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] ?? 0;
      if (byte < 0x80) continue;
      const length = byte >= 0xf0 && byte < 0xf8 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
      let valid = length > 0 && i + length <= bytes.length;
      for (let j = 1; valid && j < length; j++) valid = ((bytes[i + j] ?? 0) & 0xc0) === 0x80;
      if (!valid) {
        offset = i;
        break;
      }
      i += length - 1;
    }
    return { name: 'Windows-1252 (or ISO-8859-1), not UTF-8', iconv: 'WINDOWS-1252', offset };
  }
}

/** Checks decoded text for characters that may not be published; the first one found, with its place. */
export function forbiddenCharacter(text: string, file: string): Problem | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    char === '\u0000'
      ? `a NUL character (${code})`
      : char === '\uFFFD'
        ? `the replacement character ${code} (�), the mark of text that was decoded in the wrong encoding before`
        : /[\u202A-\u202E\u2066-\u2069]/.test(char)
          ? `an invisible bidirectional control character (${code}) that changes how the text around it is shown`
          : `an invisible control character (${code})`;
  const { line, column } = new LineIndex(text).at(match.index);
  const fix = char === '\uFFFD' ? 'type the character that was meant again' : 'remove it (retype the text around it if it was pasted)';
  return { file, line, column, field: '', message: `holds ${what}: ${fix}` };
}

/** Turns a file's bytes into text (UTF-8, a BOM removed), or a problem that names what it looks like. */
export function decodeText(bytes: Uint8Array, file: string): TextRead {
  const encoding = sniffEncoding(bytes);
  if (encoding) {
    const before = new TextDecoder('latin1').decode(bytes.subarray(0, encoding.offset));
    const { line, column } = new LineIndex(before).at(before.length);
    return { problem: { file, line, column, field: '', message: `is not UTF-8: it looks like ${encoding.name}; ${convert(file, encoding.iconv)}` } };
  }
  let text = UTF8.decode(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const forbidden = forbiddenCharacter(text, file);
  return forbidden ? { problem: forbidden } : { text };
}

/** A file's bytes, or why they could not be read. */
export type FileBytes = { file: string; bytes: Uint8Array; problem?: undefined } | { file: string; bytes?: undefined; problem: Problem };

/** Reads a file's bytes; a missing or unreadable file is a problem. */
export async function readBytes(file: string): Promise<FileBytes> {
  try {
    return { file, bytes: await readFile(file) };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { file, problem: { file, line: 1, column: 1, field: '', message: missing ? 'is missing: this file is required' : `cannot be read: ${(error as Error).message}` } };
  }
}

/**
 * The bytes of `files` in their order, up to `window` of them read ahead while the caller works on one, so
 * that reading thousands of small files does not wait on each in turn (at P, 2.6 of 12 s were spent waiting).
 */
export async function* readAhead(files: readonly string[], window: number): AsyncGenerator<FileBytes> {
  const pending: Promise<FileBytes>[] = [];
  let next = 0;
  const more = () => {
    while (next < files.length && pending.length < window) pending.push(readBytes(files[next++] as string));
  };
  more();
  for (let read = pending.shift(); read !== undefined; read = pending.shift()) {
    const bytes = await read;
    more();
    yield bytes;
  }
}

/** Reads a file as UTF-8 text with `decodeText`; a missing or unreadable file is a problem too. */
export async function readTextFile(file: string): Promise<TextRead> {
  const read = await readBytes(file);
  return read.problem ? { problem: read.problem } : decodeText(read.bytes, file);
}
