/**
 * Times the phases of a build and samples its memory, for the benchmark: wall time and peak resident
 * memory per phase. The memory is that of this process and every process it started (the build's
 * child, Pagefind), added up, read from /proc every 50 ms; where there is no /proc, this process alone.
 * Figures only; nothing here decides anything.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface PhaseFigures {
  name: string;
  seconds: number;
  /** Highest resident memory seen during the phase, in MB: this process and its children together. */
  peakRssMb: number;
}

const PAGE = 4096;

/** Resident bytes of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let bytes = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(' ').filter(Boolean)) {
      try {
        bytes += treeRss(Number(child));
      } catch {
        // The child ended between two reads.
      }
    }
  }
  return bytes;
}

function rssNow(): number {
  try {
    return treeRss(process.pid);
  } catch {
    return process.memoryUsage.rss();
  }
}

export class Phases {
  readonly done: PhaseFigures[] = [];
  private current: { name: string; started: number; peak: number } | undefined;
  private readonly timer = setInterval(() => this.sample(), 50);

  constructor() {
    this.timer.unref();
  }

  private sample(): void {
    if (this.current) this.current.peak = Math.max(this.current.peak, rssNow());
  }

  start(name: string): void {
    this.end();
    this.current = { name, started: performance.now(), peak: rssNow() };
  }

  end(): PhaseFigures | undefined {
    if (!this.current) return undefined;
    this.sample();
    const figures = { name: this.current.name, seconds: (performance.now() - this.current.started) / 1000, peakRssMb: Math.round(this.current.peak / 1048576) };
    this.done.push(figures);
    this.current = undefined;
    return figures;
  }

  stop(): void {
    this.end();
    clearInterval(this.timer);
  }
}
