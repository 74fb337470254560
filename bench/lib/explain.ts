/**
 * `--explain`: the plans, with actual rows, times and buffers, of every statement a refresh runs
 * for one stream table after one batch, captured with auto_explain (nested statements included:
 * the refresh function's NOOP check, its delta statement, the buffer cleanup), then the plan of
 * the defining query itself, which is what REFRESH MATERIALIZED VIEW runs.
 */
import { applyBatch, lastRefresh, perKind, refreshAll, vacuum, type BatchSize, type Ctx } from './measure.js';
import type { BenchStream } from './setup.js';
import { fmtMs, timed } from './stats.js';

export interface CapturedPlan {
  readonly durationMs: number;
  readonly query: string;
  readonly plan: string;
}

/** Splits an auto_explain text message ("duration: X ms  plan:\nQuery Text: ...\n<plan>"). */
export function parseAutoExplain(message: string): CapturedPlan | undefined {
  const m = /^duration: ([\d.]+) ms\s+plan:\n([\s\S]*)$/.exec(message);
  if (!m) return undefined;
  const body = m[2]!;
  const lines = body.split('\n');
  // The plan's first line is its root node, the first line carrying an estimate or actuals.
  let start = lines.findIndex((l, i) => i > 0 && /\(cost=[\d.]+\.\.[\d.]+ rows=|\(actual (time|rows)=/.test(l));
  if (start < 0) start = lines.length;
  const query = lines.slice(0, start).join('\n').replace(/^Query Text:\s*/, '');
  return { durationMs: Number(m[1]), query, plan: lines.slice(start).join('\n') };
}

function headline(query: string): string {
  const lines = query
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('--'));
  const text = lines.join(' ');
  return text.length > 110 ? `${text.slice(0, 107)}...` : text;
}

export interface ExplainOptions {
  /** Print the full query text of each shown statement too. */
  readonly verbose: boolean;
  /** Show plans of statements taking at least this share of the refresh (default 0.02). */
  readonly minShare: number;
}

export async function explainRefresh(ctx: Ctx, st: BenchStream, size: BatchSize, opts: ExplainOptions): Promise<string> {
  const { client } = ctx;
  const k = perKind(ctx.orders, size.fraction);
  const out: string[] = [];
  // Warm-up: one batch through every stream table, so caches and plans are as in the measurement.
  await applyBatch(client, 'orders', ctx.live.draw(k));
  await refreshAll(ctx);
  await vacuum(client, ['orders', ...ctx.buffers, st.qualified], true);
  // The measured situation: a fresh batch, consumed by the other stream tables first.
  const dml = await applyBatch(client, 'orders', ctx.live.draw(k));
  await refreshAll(ctx, st);

  const captured: CapturedPlan[] = [];
  const onNotice = (n: { message?: string }) => {
    const p = n.message ? parseAutoExplain(n.message) : undefined;
    if (p) captured.push(p);
  };
  await client.query(`LOAD 'auto_explain'`);
  await client.query(
    `SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on;
     SET auto_explain.log_timing = on; SET auto_explain.log_nested_statements = on; SET auto_explain.log_format = text;
     SET client_min_messages = log`,
  );
  client.on('notice', onNotice);
  let wallMs: number;
  try {
    wallMs = (await timed(() => client.query(`CALL pg_trickle.refresh('${st.qualified}')`))).ms;
  } finally {
    await client.query(`SET auto_explain.log_min_duration = -1; RESET client_min_messages`);
    client.off('notice', onNotice);
  }
  const last = await lastRefresh(client, st);

  out.push(
    `EXPLAIN of the refresh of ${st.qualified} (${st.maintenance}) after a ${size.label} batch: ` +
      `${k.toLocaleString('en-US')} INSERTs + ${k.toLocaleString('en-US')} UPDATEs + ${k.toLocaleString('en-US')} DELETEs on ${ctx.orders.toLocaleString('en-US')} orders`,
    `batch DML: INSERT ${fmtMs(dml.insertMs)}, UPDATE ${fmtMs(dml.updateMs)}, DELETE ${fmtMs(dml.deleteMs)}`,
    `refresh: ${last.kind}${last.reason ? ` (${last.reason})` : ''}, ${fmtMs(wallMs)} wall with auto_explain's instrumentation ` +
      `(${fmtMs(last.ms)} inside the procedure)`,
    '',
    'Statements, in the order they finished (nested statements finish before the statement that ran them):',
  );
  const total = Math.max(...captured.map((c) => c.durationMs), 0.001);
  captured.forEach((c, i) => out.push(`  #${String(i + 1).padStart(2)} ${fmtMs(c.durationMs).padStart(9)}  ${headline(c.query)}`));
  const wrapper = (c: CapturedPlan) => /^\s*(SELECT pg_trickle\.refresh_|CALL )/i.test(c.query) || /refresh_stream_table|find_stream_table/.test(c.query);
  const shown = captured.map((c, i) => ({ c, i })).filter(({ c }) => !wrapper(c) && c.durationMs >= Math.max(0.5, opts.minShare * total));
  for (const { c, i } of shown) {
    out.push('', `---- #${i + 1}: ${fmtMs(c.durationMs)} ----`);
    out.push(opts.verbose ? c.query.trim() : headline(c.query));
    out.push('', c.plan.trimEnd());
  }

  const baseline = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${st.query}`);
  const mv = await timed(() => client.query(`REFRESH MATERIALIZED VIEW ${st.mv}`));
  out.push('', `---- baseline: REFRESH MATERIALIZED VIEW ${st.mv} took ${fmtMs(mv.ms)}; EXPLAIN (ANALYZE, BUFFERS) of its query: ----`);
  out.push(baseline.rows.map((r) => r['QUERY PLAN']).join('\n'));
  return out.join('\n');
}
