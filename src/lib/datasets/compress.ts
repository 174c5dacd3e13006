/**
 * Publishes a written dataset file gzip-compressed in its own place when it is over the bound (bounds.ts):
 * `data/agenda.json` becomes `data/agenda.json.gz`, the same rows, hashed as published. Node's zlib
 * compresses outside the JavaScript thread; its gzip header carries no time, so that the same data gives
 * the same bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { PublishedFile } from './write.ts';

/** The file as published: itself when `over` bytes or fewer, else its `.gz` in its place (the original removed). */
export async function compressIfLarge(root: string, file: PublishedFile, over: number): Promise<PublishedFile> {
  if (file.compression || file.bytes <= over) return file;
  const path = `${file.path}.gz`;
  const hash = createHash('sha256');
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(join(root, file.path)), createGzip({ level: 6 }), count, createWriteStream(join(root, path)));
  await rm(join(root, file.path));
  return { ...file, path, compression: 'gz', bytes, sha256: hash.digest('hex') };
}
