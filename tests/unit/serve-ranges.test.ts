// The static server of `npm start` and the browser tests answers byte ranges as a static host does, which
// the SQL page needs to read the database a few pages at a time: checked over real HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'vitrine-serve-'));
const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, index) => index % 251));
const port = 20_000 + (process.pid % 20_000);
const url = `http://127.0.0.1:${port}/data/file.sqlite`;
let server: ChildProcess;

beforeAll(async () => {
  writeFileSync(join(dir, '404.html'), 'not found');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/file.sqlite'), bytes);
  server = spawn(process.execPath, ['scripts/serve.ts', dir, String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready) => server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && ready()));
});
afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (range?: string) => {
  const response = await fetch(url, range ? { headers: { range } } : {});
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
};

describe('npm run serve', () => {
  it('gives a whole file with its length and says it takes ranges', async () => {
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-length')).toBe('10000');
    expect(whole.body.equals(bytes)).toBe(true);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('10000');
  });

  it('gives just the bytes a range asks for: a span, an open end, the last few', async () => {
    const span = await get('bytes=4096-8191');
    expect(span.status).toBe(206);
    expect(span.headers.get('content-range')).toBe('bytes 4096-8191/10000');
    expect(span.body.equals(bytes.subarray(4096, 8192))).toBe(true);
    const open = await get('bytes=9000-');
    expect(open.body.equals(bytes.subarray(9000))).toBe(true);
    const last = await get('bytes=-100');
    expect(last.headers.get('content-range')).toBe('bytes 9900-9999/10000');
    expect(last.body.equals(bytes.subarray(9900))).toBe(true);
    const beyond = await get('bytes=9000-20000');
    expect(beyond.body.equals(bytes.subarray(9000))).toBe(true);
  });

  it('refuses a range outside the file with 416 and the file’s length', async () => {
    const outside = await get('bytes=20000-');
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe('bytes */10000');
  });
});
