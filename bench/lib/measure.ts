/**
 * The database measurements: refresh after a change batch against full recomputation, CDC write
 * overhead, and refresh with nothing to do. Every figure is the median of `reps` repetitions after
 * `warmup` untimed-for-the-median ones, and is reported with its baseline from the same run.
 */
import type pg from 'pg';
import { checkOracle, formatMismatch } from '../../compiler/verify/oracle.js';
import type { BenchStream, CompiledBench } from './setup.js';
import { Samples, round, timed, type Summary } from './stats.js';
import { deleteSql, insertSql, LiveIds, prng, singleInsertSql, updateSql, type Batch } from './workload.js';

export interface BatchSize {
  readonly label: string;
  readonly fraction: number;
}

export const BATCH_SIZES: readonly BatchSize[] = [
  { label: '0.01%', fraction: 0.0001 },
  { label: '1%', fraction: 0.01 },
  { label: '10%', fraction: 0.1 },
];

export interface Ctx {
  readonly client: pg.Client;
  readonly bench: CompiledBench;
  /** Ids live in `orders`. */
  readonly live: LiveIds;
  readonly orders: number;
  readonly reps: number;
  readonly warmup: number;
  /** Every change buffer, schema-qualified. */
  readonly buffers: readonly string[];
  readonly log: (line: string) => void;
}

export function perKind(orders: number, fraction: number): number {
  return Math.max(1, Math.round((orders * fraction) / 3));
}

const refreshSql = (st: BenchStream, full = false) => `CALL pg_trickle.refresh('${st.qualified}'${full ? ', full => true' : ''})`;

export async function lastRefresh(client: pg.ClientBase, st: BenchStream): Promise<{ kind: string; reason: string | null; ms: number }> {
  const { rows } = await client.query<{ kind: string; reason: string | null; ms: number }>(
    `SELECT last_refresh_kind AS kind, last_refresh_reason AS reason, last_refresh_ms AS ms
       FROM pg_trickle.pgt_stream_tables WHERE pgt_schema = $1 AND pgt_name = $2`,
    [st.schema, st.name],
  );
  return { kind: String(rows[0]?.kind), reason: rows[0]?.reason ?? null, ms: Number(rows[0]?.ms) };
}

/** "DIFFERENTIAL", "FULL", or e.g. "3 DIFFERENTIAL, 2 FULL". */
export function kindSummary(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  if (counts.size === 1) return [...counts.keys()][0]!;
  return [...counts.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
}

export async function vacuum(client: pg.ClientBase, tables: readonly string[], analyze = false): Promise<void> {
  await client.query(`VACUUM ${analyze ? '(ANALYZE) ' : ''}${tables.join(', ')}`);
}

export interface DmlTimes {
  readonly insertMs: number;
  readonly updateMs: number;
  readonly deleteMs: number;
}

/** The three statements of a batch, each on its own (autocommit), timed one by one. */
export async function applyBatch(client: pg.ClientBase, table: string, b: Batch): Promise<DmlTimes> {
  await client.query('SELECT setseed($1)', [b.seed]);
  const ins = await timed(() => client.query(insertSql(table), [b.insertFrom, b.insertTo]));
  const upd = await timed(() => client.query(updateSql(table), [b.updateIds]));
  const del = await timed(() => client.query(deleteSql(table), [b.deleteIds]));
  if (ins.value.rowCount !== b.insertTo - b.insertFrom + 1 || upd.value.rowCount !== b.updateIds.length || del.value.rowCount !== b.deleteIds.length) {
    throw new Error(
      `batch on ${table} changed ${ins.value.rowCount}/${upd.value.rowCount}/${del.value.rowCount} rows, expected ` +
        `${b.insertTo - b.insertFrom + 1}/${b.updateIds.length}/${b.deleteIds.length}: the harness lost track of the live ids`,
    );
  }
  return { insertMs: ins.ms, updateMs: upd.ms, deleteMs: del.ms };
}

/** Refreshes every stream table (untimed) so that no change is pending anywhere. */
export async function refreshAll(ctx: Ctx, except?: BenchStream): Promise<void> {
  for (const st of ctx.bench.streams) if (st !== except) await ctx.client.query(refreshSql(st));
}

// ---------------------------------------------------------------------------------------------
// 1. Refresh after a batch vs full recomputation
// ---------------------------------------------------------------------------------------------

export interface RefreshResult {
  readonly stream: string;
  readonly maintenance: string;
  readonly batch: string;
  /** Rows a batch changes: perKind inserts + perKind updates + perKind deletes. */
  readonly batchRows: number;
  readonly perKind: number;
  /** CALL pg_trickle.refresh(...) (not full) after the batch, client wall time. */
  readonly differential: Summary;
  /** pgt_stream_tables.last_refresh_ms of the same refreshes (server-side, inside the procedure). */
  readonly differentialServer: Summary;
  /** REFRESH MATERIALIZED VIEW of the same query. */
  readonly mvRefresh: Summary;
  /** CALL pg_trickle.refresh(..., full => true) after a batch of the same size (it consumes the batch too). */
  readonly fullRefresh: Summary;
  /** The batches' statements (all three rounds of each repetition), with the CDC triggers. */
  readonly batchDml: { readonly insert: Summary; readonly update: Summary; readonly delete: Summary; readonly total: Summary };
  /** median(REFRESH MATERIALIZED VIEW) / median(differential refresh). */
  readonly speedupVsMv: number;
  /** median(full refresh) / median(differential refresh). */
  readonly speedupVsFull: number;
  /**
   * last_refresh_kind of every measured refresh: DIFFERENTIAL, or FULL when the refresh function
   * chose to recompute (it does when a source's pending changes exceed full_refresh_ratio of its
   * rows); `kind` summarizes them and `reasons` holds the distinct last_refresh_reason values.
   */
  readonly kinds: readonly string[];
  readonly kind: string;
  readonly reasons: readonly string[];
}

/**
 * For one stream table and batch size. Each repetition has three rounds, each on a fresh batch
 * after which the OTHER stream tables refresh, untimed (so that the timed statement is the last
 * reader of the batch's changes and does everything a sole reader would, buffer cleanup
 * included). Then one timed statement:
 *
 *   1. CALL pg_trickle.refresh(...), the figure under test;
 *   2. CALL pg_trickle.refresh(..., full => true), which brings the stream table up to date by
 *      recomputing (and also consumes and deletes the batch's change rows);
 *   3. REFRESH MATERIALIZED VIEW of the plain materialized view, the baseline (an untimed refresh
 *      of the stream table then consumes the batch).
 *
 * Every timed statement thus meets the same state: the batch's pages were just written and
 * nothing has read them since (hint bits unset, dead versions unpruned, pages dirty). Each round
 * ends with an untimed VACUUM of orders, the change buffers and the storage, as autovacuum would
 * eventually do, so that no dead rows accumulate across repetitions.
 */
export async function measureRefresh(ctx: Ctx, st: BenchStream, size: BatchSize): Promise<RefreshResult> {
  const { client } = ctx;
  const k = perKind(ctx.orders, size.fraction);
  const diff = new Samples();
  const server = new Samples();
  const ins = new Samples();
  const upd = new Samples();
  const del = new Samples();
  const tot = new Samples();
  const mv = new Samples();
  const full = new Samples();
  const kinds: string[] = [];
  const reasons = new Set<string>();
  const tidy = ['orders', ...ctx.buffers, st.qualified];
  const batch = async (rep: number) => {
    const dml = await applyBatch(client, 'orders', ctx.live.draw(k));
    ins.add(rep, dml.insertMs, ctx.warmup);
    upd.add(rep, dml.updateMs, ctx.warmup);
    del.add(rep, dml.deleteMs, ctx.warmup);
    tot.add(rep, dml.insertMs + dml.updateMs + dml.deleteMs, ctx.warmup);
    await refreshAll(ctx, st);
  };
  await vacuum(client, tidy, true);
  for (let rep = 0; rep < ctx.warmup + ctx.reps; rep++) {
    await batch(rep);
    const r = await timed(() => client.query(refreshSql(st)));
    const last = await lastRefresh(client, st);
    if (last.kind !== 'DIFFERENTIAL' && last.kind !== 'FULL') throw new Error(`refresh of ${st.qualified} after a ${size.label} batch was ${last.kind}`);
    diff.add(rep, r.ms, ctx.warmup);
    server.add(rep, last.ms, ctx.warmup);
    if (rep >= ctx.warmup) {
      kinds.push(last.kind);
      if (last.reason) reasons.add(last.reason);
    }
    await vacuum(client, tidy);

    await batch(rep);
    full.add(rep, (await timed(() => client.query(refreshSql(st, true)))).ms, ctx.warmup);
    await vacuum(client, tidy);

    await batch(rep);
    mv.add(rep, (await timed(() => client.query(`REFRESH MATERIALIZED VIEW ${st.mv}`))).ms, ctx.warmup);
    await client.query(refreshSql(st));
    await vacuum(client, tidy);
  }
  const d = diff.summary();
  const m = mv.summary();
  const f = full.summary();
  return {
    stream: st.short,
    maintenance: st.maintenance,
    batch: size.label,
    batchRows: 3 * k,
    perKind: k,
    differential: d,
    differentialServer: server.summary(),
    mvRefresh: m,
    fullRefresh: f,
    batchDml: { insert: ins.summary(), update: upd.summary(), delete: del.summary(), total: tot.summary() },
    speedupVsMv: round(m.medianMs / d.medianMs, 2),
    speedupVsFull: round(f.medianMs / d.medianMs, 2),
    kinds,
    kind: kindSummary(kinds),
    reasons: [...reasons],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. CDC write overhead
// ---------------------------------------------------------------------------------------------

export interface CdcResult {
  readonly kind: 'insert_bulk' | 'update_bulk' | 'delete_bulk' | 'insert_single';
  readonly description: string;
  readonly rows: number;
  /** On `orders` with trickle's CDC triggers. */
  readonly withTriggers: Summary;
  /** On `orders` with the CDC triggers dropped. */
  readonly withoutTriggers: Summary;
  /** median(with) / median(without). */
  readonly ratio: number;
}

export const CDC_BULK_ROWS = 10_000;
export const CDC_SINGLE_ROWS = 1_000;

interface TriggerDef {
  readonly name: string;
  readonly def: string;
}

/** trickle's CDC triggers on `orders`, as CREATE TRIGGER statements. */
async function cdcTriggers(client: pg.ClientBase): Promise<TriggerDef[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT tgname AS name, pg_get_triggerdef(oid) AS def FROM pg_trigger
      WHERE tgrelid = 'public.orders'::regclass AND NOT tgisinternal AND tgname LIKE 'pg_trickle_cdc_%' ORDER BY tgname`,
  );
  if (rows.length === 0) throw new Error('no pg_trickle_cdc_* trigger on public.orders: did the compiled migration change how it captures changes?');
  return rows;
}

/**
 * The same statements on the same table, `orders`, with trickle's CDC triggers and with them
 * dropped (DDL between measurements, untimed), so both sides share the table, its indexes and the
 * buffer cache. Per repetition and statement kind, each side gets its own rows drawn the same way
 * (new ids to insert, random live rows to update or delete) and the side going first alternates.
 * Each repetition ends, untimed, with every stream table refreshing and a VACUUM of orders and the
 * buffers. The changes made without triggers are not captured, so afterwards every stream table is
 * recomputed (full => true) to be consistent again.
 */
export async function measureCdc(ctx: Ctx): Promise<CdcResult[]> {
  const { client } = ctx;
  const triggers = await cdcTriggers(client);
  let attached = true;
  const setTriggers = async (on: boolean) => {
    if (on !== attached) {
      for (const t of triggers) await client.query(on ? t.def : `DROP TRIGGER ${t.name} ON public.orders`);
      attached = on;
    }
    await client.query('SELECT FROM orders WHERE false'); // rebuild the relcache entry outside the timing
  };
  type Side = 'with' | 'without';
  const kinds = ['insert_bulk', 'update_bulk', 'delete_bulk', 'insert_single'] as const;
  const samples = Object.fromEntries(kinds.map((k) => [k, { with: new Samples(), without: new Samples() }])) as Record<
    CdcResult['kind'],
    Record<Side, Samples>
  >;
  const random = prng(99);
  const single = (first: number) =>
    Array.from({ length: CDC_SINGLE_ROWS }, (_, i) => [
      first + i,
      1 + Math.floor(random() * 10_000),
      (Math.floor(random() * 50_000) / 100).toFixed(2),
      ['open', 'paid', 'void'][Math.floor(random() * 3)]!,
      '2025-06-01 12:00:00',
    ]);
  try {
    await vacuum(client, ['orders', ...ctx.buffers], true);
    for (let rep = 0; rep < ctx.warmup + ctx.reps; rep++) {
      const sides: Side[] = rep % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      const batch = { with: ctx.live.draw(CDC_BULK_ROWS), without: ctx.live.draw(CDC_BULK_ROWS) };
      const rows = { with: single(ctx.live.reserve(CDC_SINGLE_ROWS)), without: single(ctx.live.reserve(CDC_SINGLE_ROWS)) };
      for (const kind of kinds) {
        for (const side of sides) {
          await setTriggers(side === 'with');
          const b = batch[side];
          await client.query('SELECT setseed($1)', [b.seed]);
          let ms: number;
          if (kind === 'insert_bulk') {
            ms = (await timed(() => client.query(insertSql('orders'), [b.insertFrom, b.insertTo]))).ms;
          } else if (kind === 'update_bulk') {
            const r = await timed(() => client.query(updateSql('orders'), [b.updateIds]));
            if (r.value.rowCount !== b.updateIds.length) throw new Error(`UPDATE changed ${r.value.rowCount} rows, not ${b.updateIds.length}`);
            ms = r.ms;
          } else if (kind === 'delete_bulk') {
            const r = await timed(() => client.query(deleteSql('orders'), [b.deleteIds]));
            if (r.value.rowCount !== b.deleteIds.length) throw new Error(`DELETE removed ${r.value.rowCount} rows, not ${b.deleteIds.length}`);
            ms = r.ms;
          } else {
            const text = singleInsertSql('orders');
            // One statement, one transaction (autocommit), one round trip each; a named prepared statement.
            ms = (
              await timed(async () => {
                for (const values of rows[side]) await client.query({ name: 'bench_single_insert', text, values });
              })
            ).ms;
          }
          samples[kind][side].add(rep, ms, ctx.warmup);
        }
      }
      await setTriggers(true);
      await refreshAll(ctx);
      await vacuum(client, ['orders', ...ctx.buffers]);
    }
  } finally {
    await setTriggers(true);
  }
  for (const st of ctx.bench.streams) await client.query(refreshSql(st, true));
  await vacuum(client, ['orders', ...ctx.buffers, ...ctx.bench.streams.map((st) => st.qualified)], true);
  const describe: Record<CdcResult['kind'], [string, number]> = {
    insert_bulk: [`INSERT of ${CDC_BULK_ROWS.toLocaleString('en-US')} rows, one statement`, CDC_BULK_ROWS],
    update_bulk: [`UPDATE of ${CDC_BULK_ROWS.toLocaleString('en-US')} rows (amount, status), one statement`, CDC_BULK_ROWS],
    delete_bulk: [`DELETE of ${CDC_BULK_ROWS.toLocaleString('en-US')} rows, one statement`, CDC_BULK_ROWS],
    insert_single: [`${CDC_SINGLE_ROWS.toLocaleString('en-US')} single-row INSERTs, each its own transaction and round trip`, CDC_SINGLE_ROWS],
  };
  return kinds.map((kind) => {
    const w = samples[kind].with.summary();
    const wo = samples[kind].without.summary();
    return { kind, description: describe[kind][0], rows: describe[kind][1], withTriggers: w, withoutTriggers: wo, ratio: round(w.medianMs / wo.medianMs, 3) };
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Refresh with no pending change
// ---------------------------------------------------------------------------------------------

export interface NoChangeResult {
  readonly stream: string;
  /** CALL pg_trickle.refresh(...) with nothing to do, client wall time (one round trip). */
  readonly refresh: Summary;
  /** last_refresh_ms of the same calls (inside the procedure). */
  readonly server: Summary;
  readonly kinds: readonly string[];
}

export const NOCHANGE_REPS = 20;

/** After a 1% batch has been consumed by every stream table and the buffers vacuumed. */
export async function measureNoChange(ctx: Ctx): Promise<NoChangeResult[]> {
  const { client } = ctx;
  await applyBatch(client, 'orders', ctx.live.draw(perKind(ctx.orders, 0.01)));
  await refreshAll(ctx);
  await vacuum(client, ['orders', ...ctx.buffers]);
  const out: NoChangeResult[] = [];
  const reps = Math.max(ctx.reps, NOCHANGE_REPS);
  for (const st of ctx.bench.streams) {
    const wall = new Samples();
    const server = new Samples();
    const kinds = new Set<string>();
    for (let rep = 0; rep < ctx.warmup + reps; rep++) {
      const r = await timed(() => client.query(refreshSql(st)));
      const last = await lastRefresh(client, st);
      if (last.kind !== 'NOOP') throw new Error(`refresh of ${st.qualified} with no pending change was ${last.kind}, not NOOP`);
      wall.add(rep, r.ms, ctx.warmup);
      server.add(rep, last.ms, ctx.warmup);
      kinds.add(last.kind);
    }
    out.push({ stream: st.short, refresh: wall.summary(), server: server.summary(), kinds: [...kinds] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Correctness: the figures are only worth something if the stream tables are right
// ---------------------------------------------------------------------------------------------

export interface CorrectnessResult {
  readonly stream: string;
  readonly ok: boolean;
  readonly detail?: string;
}

export async function checkCorrectness(ctx: Ctx): Promise<CorrectnessResult[]> {
  await refreshAll(ctx);
  const out: CorrectnessResult[] = [];
  for (const st of ctx.bench.streams) {
    const r = await checkOracle(ctx.client, st.oracle);
    const ok = r.extra.length === 0 && r.missing.length === 0;
    out.push(ok ? { stream: st.short, ok } : { stream: st.short, ok, detail: formatMismatch(st.oracle, r) });
  }
  return out;
}
