/** Timing samples and their summaries. */

export interface Summary {
  /** Median of the measured repetitions (the warm-up is not included). */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Every measured repetition, in order, in milliseconds. */
  readonly samplesMs: readonly number[];
  /** The warm-up repetition(s), not counted. */
  readonly warmupMs: readonly number[];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(samples: readonly number[], warmup: readonly number[] = []): Summary {
  return {
    medianMs: round(median(samples)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
    samplesMs: samples.map((x) => round(x)),
    warmupMs: warmup.map((x) => round(x)),
  };
}

/** Collects samples of one quantity across repetitions; repetition 0 is the warm-up. */
export class Samples {
  readonly warmup: number[] = [];
  readonly measured: number[] = [];
  add(rep: number, ms: number, warmupReps = 1): void {
    (rep < warmupReps ? this.warmup : this.measured).push(ms);
  }
  summary(): Summary {
    return summarize(this.measured, this.warmup);
  }
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A wall-clock timer in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtRatio(x: number): string {
  if (!Number.isFinite(x)) return '-';
  if (x >= 100) return `${x.toFixed(0)}x`;
  if (x >= 10) return `${x.toFixed(1)}x`;
  return `${x.toFixed(2)}x`;
}
