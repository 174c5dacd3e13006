/** A file written in chunks, counting its bytes and its SHA-256 as it goes. */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

export class HashedOutput {
  private readonly stream;
  private readonly hash = createHash('sha256');
  private buffer = '';
  private bytes = 0;

  private constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  static async open(path: string): Promise<HashedOutput> {
    await mkdir(dirname(path), { recursive: true });
    return new HashedOutput(path);
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length > 1 << 16) await this.flush();
  }

  /** Writes bytes as they are (a binary file: Parquet). */
  async writeBytes(chunk: Uint8Array): Promise<void> {
    await this.flush();
    await this.put(chunk);
  }

  private async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    await this.put(chunk);
  }

  private async put(chunk: Uint8Array): Promise<void> {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<WrittenFile> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}
