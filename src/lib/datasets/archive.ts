/**
 * One zip archive with every whole dataset and the standard descriptions, streamed file by file. Every
 * entry gets the same fixed time, so that two builds of the same data give the same bytes.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

/** 1 January 2000, 00:00 UTC: a fixed time for every entry. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export async function writeArchive(folder: string, name: string, files: string[]): Promise<void> {
  const out = createWriteStream(join(folder, name));
  let failure: Error | undefined;
  const pending: Buffer[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(Buffer.from(chunk));
  });
  const drain = async () => {
    while (pending.length) if (!out.write(pending.shift() as Buffer)) await once(out, 'drain');
  };
  for (const file of files) {
    const entry = new ZipDeflate(file, { level: 6 });
    entry.mtime = FIXED_TIME;
    zip.add(entry);
    for await (const chunk of createReadStream(join(folder, file))) {
      entry.push(new Uint8Array(chunk as Buffer));
      await drain();
    }
    entry.push(new Uint8Array(0), true);
    await drain();
  }
  zip.end();
  await drain();
  if (failure) throw failure;
  out.end();
  await once(out, 'finish');
}
