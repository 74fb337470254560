/** Floors, the printed tables and the machine-readable results. */
import type { CompileResult } from './compile-bench.js';
import type { CdcResult, CorrectnessResult, NoChangeResult, RefreshResult } from './measure.js';
import { fmtMs, fmtRatio } from './stats.js';

/** The workload the floors are stated for. */
export const FLOOR_ORDERS = 1_000_000;

export interface Floor {
  readonly id: string;
  readonly description: string;
  readonly measured: number;
  readonly unit: 'x' | 'ms';
  readonly comparison: '>=' | '<=' | '<';
  readonly threshold: number;
  readonly pass: boolean;
  /** False when the run used another workload (--quick): the verdict is then for information only. */
  readonly applicable: boolean;
}

export interface Results {
  readonly benchmark: 'trickle';
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationS: number;
  readonly settings: Record<string, unknown>;
  readonly postgres: { readonly version: string; readonly versionNum: number; readonly settings: Record<string, string> };
  readonly refresh: readonly RefreshResult[];
  readonly cdc: readonly CdcResult[];
  readonly noChange: readonly NoChangeResult[];
  readonly compile: CompileResult | undefined;
  readonly correctness: readonly CorrectnessResult[];
  readonly floors: readonly Floor[];
}

function floor(
  id: string,
  description: string,
  measured: number,
  unit: Floor['unit'],
  comparison: Floor['comparison'],
  threshold: number,
  applicable: boolean,
): Floor {
  const pass = comparison === '>=' ? measured >= threshold : comparison === '<=' ? measured <= threshold : measured < threshold;
  return { id, description, measured, unit, comparison, threshold, pass, applicable };
}

export function evaluateFloors(
  orders: number,
  refresh: readonly RefreshResult[],
  cdc: readonly CdcResult[],
  noChange: readonly NoChangeResult[],
  compile: CompileResult | undefined,
): Floor[] {
  const applicable = orders === FLOOR_ORDERS;
  const out: Floor[] = [];
  for (const r of refresh) {
    let threshold: number;
    if (r.batch === '1%') threshold = r.stream === 'agg_minmax' ? 6 : 8;
    else if (r.batch === '0.01%') threshold = r.stream === 'agg' ? 100 : 50;
    else if (r.batch === '10%') threshold = 1;
    else continue;
    const what = r.batch === '10%' ? 'never slower than' : `>= ${threshold}x faster than`;
    out.push(
      floor(
        `refresh.${r.batch}.${r.stream}`,
        `${r.batch} batch, ${r.stream}: refresh ${what} REFRESH MATERIALIZED VIEW`,
        r.speedupVsMv,
        'x',
        '>=',
        threshold,
        applicable,
      ),
    );
  }
  for (const c of cdc) out.push(floor(`cdc.${c.kind}`, `CDC write overhead, ${c.description}: <= 1.5x`, c.ratio, 'x', '<=', 1.5, applicable));
  for (const n of noChange) out.push(floor(`nochange.${n.stream}`, `refresh with no pending change, ${n.stream}: < 5 ms`, n.refresh.medianMs, 'ms', '<', 5, applicable));
  if (compile) {
    out.push(floor('compile.1000', `compiling ${compile.streams} stream tables (whole process): < 3 s`, compile.wall.medianMs, 'ms', '<', 3000, applicable));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text tables
// ---------------------------------------------------------------------------------------------

/** How the results are printed: aligned text for a terminal, or Markdown for docs/BENCHMARKS.md. */
export type Style = 'text' | 'markdown';

export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAlign: (col: number) => boolean = (c) => c > 0,
  style: Style = 'text',
): string {
  if (style === 'markdown') {
    const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(headers), `|${headers.map((_, i) => (rightAlign(i) ? '--:' : '---')).join('|')}|`, ...rows.map(line)].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (rightAlign(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResults(r: Results, style: Style = 'text'): string {
  const md = style === 'markdown';
  // A section's title: a line of its own in text, a heading in Markdown.
  const title = (text: string) => (md ? `### ${text}\n` : text);
  const s = r.settings as { orders: number; reps: number; warmup: number; quick: boolean };
  const parts: string[] = [];
  parts.push(
    `trickle benchmark: ${r.postgres.versionNum ? r.postgres.version.split(',')[0] : 'no database'}; ${s.orders.toLocaleString('en-US')} orders, 10,000 customers; ` +
      `each figure the median of >= ${s.reps} repetitions after ${s.warmup} warm-up${s.quick ? ' (--quick)' : ''}`,
  );
  if (r.refresh.length) {
    parts.push('', title('1. pg_trickle.refresh after a change batch vs full recomputation (speedup = baseline / refresh)'));
    parts.push(
      table(
        ['stream', 'batch', 'rows', 'batch DML', 'refresh', 'did', 'MV refresh', 'speedup', 'full refresh', 'speedup'],
        r.refresh.map((x) => [
          x.stream,
          x.batch,
          x.batchRows.toLocaleString('en-US'),
          fmtMs(x.batchDml.total.medianMs),
          fmtMs(x.differential.medianMs),
          x.kind === 'DIFFERENTIAL' ? 'DIFF' : x.kind,
          fmtMs(x.mvRefresh.medianMs),
          fmtRatio(x.speedupVsMv),
          fmtMs(x.fullRefresh.medianMs),
          fmtRatio(x.speedupVsFull),
        ]),
        (c) => c > 1 && c !== 5,
        style,
      ),
    );
    if (r.refresh.some((x) => x.kind !== 'DIFFERENTIAL')) {
      const reasons = [...new Set(r.refresh.flatMap((x) => x.reasons))];
      parts.push(`did: what pg_trickle.refresh chose (DIFF = differential, FULL = recomputed${reasons.length ? `: ${reasons.join('; ')}` : ''})`);
    }
  }
  if (r.cdc.length) {
    parts.push('', title(`2. CDC write overhead: orders with vs without trickle's CDC triggers; median of ${r.cdc[0]?.withTriggers.samplesMs.length}`));
    parts.push(
      table(
        ['statement', 'with CDC', 'without', 'ratio', 'per row with', 'per row without'],
        r.cdc.map((c) => [
          c.description,
          fmtMs(c.withTriggers.medianMs),
          fmtMs(c.withoutTriggers.medianMs),
          fmtRatio(c.ratio),
          `${((c.withTriggers.medianMs * 1000) / c.rows).toFixed(1)} µs`,
          `${((c.withoutTriggers.medianMs * 1000) / c.rows).toFixed(1)} µs`,
        ]),
        undefined,
        style,
      ),
    );
  }
  if (r.noChange.length) {
    parts.push('', title(`3. Refresh with no pending change (client round trip; inside the procedure); median of ${r.noChange[0]?.refresh.samplesMs.length}`));
    parts.push(
      table(
        ['stream', 'refresh', 'server', 'min', 'max'],
        r.noChange.map((n) => [n.stream, fmtMs(n.refresh.medianMs), fmtMs(n.server.medianMs), fmtMs(n.refresh.minMs), fmtMs(n.refresh.maxMs)]),
        undefined,
        style,
      ),
    );
  }
  if (r.compile) {
    parts.push('', title(`4. Compile ${r.compile.streams} stream tables as a whole process (${md ? `\`${r.compile.command}\`` : r.compile.command}; ${r.compile.filesWritten} files)`));
    const pre = r.compile.prebuiltJs.filter(Boolean).length;
    const how = pre === r.compile.prebuiltJs.length ? 'prebuilt dist/' : pre === 0 ? 'tsx, no up-to-date dist/' : `${pre} of ${r.compile.prebuiltJs.length} runs on prebuilt dist/`;
    parts.push(`${md ? '' : '   '}median ${fmtMs(r.compile.wall.medianMs)} (min ${fmtMs(r.compile.wall.minMs)}, max ${fmtMs(r.compile.wall.maxMs)}; ${how})`);
  }
  if (r.correctness.length) {
    const bad = r.correctness.filter((c) => !c.ok);
    parts.push('', bad.length ? `Correctness: ${bad.length} stream table(s) DIFFER from their queries:\n${bad.map((b) => b.detail).join('\n')}` : `Correctness: all ${r.correctness.length} stream tables equal their queries after the run`);
  }
  if (r.floors.length) {
    const applicable = r.floors.some((f) => f.applicable);
    parts.push('', title(`Floors${applicable ? '' : ` (stated for ${FLOOR_ORDERS.toLocaleString('en-US')} orders; this run is for information only)`}`));
    parts.push(
      table(
        ['', 'floor', 'measured'],
        r.floors.map((f) => [f.pass ? 'PASS' : 'FAIL', f.description, f.unit === 'x' ? fmtRatio(f.measured) : fmtMs(f.measured)]),
        (c) => c === 2,
        style,
      ),
    );
    const failed = r.floors.filter((f) => !f.pass).length;
    parts.push(`${r.floors.length - failed} of ${r.floors.length} floors pass`);
  }
  parts.push('', `total ${r.durationS.toFixed(0)} s`);
  return parts.join('\n');
}
