// The loop that reads, looks at or writes many files a few at once (src/lib/build/at-once.ts).
import { describe, expect, it } from 'vitest';
import { atOnce } from '../../src/lib/build/at-once.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('work a few at once', () => {
  it('does every place once, never more than the width at once', async () => {
    const done: number[] = [];
    let running = 0;
    let most = 0;
    await atOnce(50, 4, async (at) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      done.push(at);
      running -= 1;
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, at) => at));
    expect(most).toBe(4);
    await atOnce(0, 4, async () => {
      throw new Error('nothing to do');
    });
  });

  it('begins nothing after a failure, and throws it once the others under way have ended', async () => {
    const begun: number[] = [];
    const ended: number[] = [];
    const work = atOnce(100, 3, async (at) => {
      begun.push(at);
      await tick();
      if (at === 4) throw new Error('place 4 failed');
      ended.push(at);
    });
    await expect(work).rejects.toThrow('place 4 failed');
    expect(begun.length).toBeLessThan(10);
    // Those under way when place 4 failed ended before the failure was thrown.
    expect(ended.length).toBe(begun.length - 1);
  });
});
