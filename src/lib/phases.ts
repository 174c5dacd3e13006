/**
 * Times the phases of a build and samples its memory, for the benchmark: wall time and peak resident
 * memory per phase. Figures only; nothing here decides anything.
 */
export interface PhaseFigures {
  name: string;
  seconds: number;
  /** Highest resident memory seen during the phase, in MB (sampled every 50 ms). */
  peakRssMb: number;
}

export class Phases {
  readonly done: PhaseFigures[] = [];
  private current: { name: string; started: number; peak: number } | undefined;
  private readonly timer = setInterval(() => this.sample(), 50);

  constructor() {
    this.timer.unref();
  }

  private sample(): void {
    if (this.current) this.current.peak = Math.max(this.current.peak, process.memoryUsage.rss());
  }

  start(name: string): void {
    this.end();
    this.current = { name, started: performance.now(), peak: process.memoryUsage.rss() };
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
