/** SHA256SUMS: one line per published data file, `<sha256>  <path>`, as `sha256sum -c` reads it. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes `folder/SHA256SUMS` for every file below `folder`, paths relative to it, sorted. `known` gives
 * the hashes of files already hashed while they were written (by path relative to `folder`).
 */
export async function writeChecksums(folder: string, known: ReadonlyMap<string, string> = new Map()): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name !== 'SHA256SUMS')
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  const lines: string[] = [];
  for (const file of files) lines.push(`${known.get(file) ?? (await sha256(join(folder, file)))}  ${file}`);
  await writeFile(join(folder, 'SHA256SUMS'), `${lines.join('\n')}\n`);
  return files.length;
}
