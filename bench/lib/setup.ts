/** Compiles bench/project with trickle's API and loads it, with the data, into a database. */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadProject } from '../../compiler/cli/load.js';
import { analyzeProject, type AnalyzedProject } from '../../compiler/compile.js';
import { emitProject, migrationsToApply, type OutputFile } from '../../compiler/emit/output.js';
import { loadParser } from '../../compiler/parser/adapter.js';
import { runScript } from '../../compiler/verify/verify.js';
import type { OracleTarget } from '../../compiler/verify/oracle.js';
import { loadData } from './workload.js';

export const PROJECT_DIR = fileURLToPath(new URL('../project', import.meta.url));

/** One benchmarked stream table. */
export interface BenchStream {
  /** Short name used in reports and on the command line: filter, agg, agg_minmax, join, join_agg. */
  readonly short: string;
  /** `public.bench_filter` */
  readonly qualified: string;
  readonly schema: string;
  readonly name: string;
  /** The plain materialized view of the same query: the full-recomputation baseline. */
  readonly mv: string;
  readonly query: string;
  readonly maintenance: string;
  readonly oracle: OracleTarget;
}

export interface CompiledBench {
  readonly project: AnalyzedProject;
  readonly files: readonly OutputFile[];
  readonly streams: readonly BenchStream[];
}

/** The report order of the stream tables. */
const ORDER = ['filter', 'agg', 'agg_minmax', 'join', 'join_agg'];

export async function compileBench(dir = PROJECT_DIR): Promise<CompiledBench> {
  await loadParser();
  const project = analyzeProject(loadProject(dir));
  const files = emitProject(project);
  const streams = project.streams
    .map((st): BenchStream => {
      const short = st.name.name.replace(/^bench_/, '');
      return {
        short,
        qualified: `${st.name.schema}.${st.name.name}`,
        schema: st.name.schema,
        name: st.name.name,
        mv: `mv_${st.name.name}`,
        query: st.definingQuery,
        maintenance: (st.plan as { kind?: string } | undefined)?.kind ?? 'full',
        oracle: { schema: st.name.schema, name: st.name.name, columns: st.columns.map((c) => c.name), query: st.definingQuery },
      };
    })
    .sort((a, b) => rank(a.short) - rank(b.short));
  return { project, files, streams };
}

function rank(short: string): number {
  const i = ORDER.indexOf(short);
  return i < 0 ? ORDER.length : i;
}

export function connectUrl(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  return client.connect().then(() => client);
}

export interface LoadTimings {
  readonly dataMs: number;
  readonly scriptsMs: number;
}

/**
 * Schema, data, the compiled migrations (CDC triggers, storage, initial population) and one plain
 * materialized view per stream table.
 */
export async function loadBench(client: pg.Client, bench: CompiledBench, orders: number, log: (s: string) => void): Promise<LoadTimings> {
  const schemaSql = bench.project.catalog.statements
    .filter((s) => !s.citus)
    .map((s) => s.sql + ';')
    .join('\n');
  await runScript(client, schemaSql, 'bench/project/schema');
  let t0 = Date.now();
  log(`loading ${orders.toLocaleString('en-US')} orders and 10,000 customers`);
  await loadData(client, orders);
  await client.query(`VACUUM (ANALYZE) customers, orders`);
  const dataMs = Date.now() - t0;
  t0 = Date.now();
  const migrations = migrationsToApply(bench.files);
  log(`applying the compiled migration(s) ${migrations.map((f) => f.path).join(', ')}: CDC triggers, storage, initial population`);
  for (const f of migrations) await runScript(client, f.content, f.path);
  for (const st of bench.streams) await client.query(`CREATE MATERIALIZED VIEW ${st.mv} AS ${st.query}`);
  await client.query(`VACUUM (ANALYZE)`);
  return { dataMs, scriptsMs: Date.now() - t0 };
}

/** The change buffers (schema-qualified) of the captured sources. */
export async function changeBuffers(client: pg.ClientBase): Promise<Map<string, string>> {
  const { rows } = await client.query<{ source: string; buffer: string }>(
    `SELECT source_stable_name AS source, format('%I.%I', buffer_schema, buffer_table) AS buffer FROM pg_trickle.pgt_change_tracking`,
  );
  return new Map(rows.map((r) => [r.source, r.buffer]));
}

export async function serverInfo(client: pg.ClientBase): Promise<{ version: string; versionNum: number; settings: Record<string, string> }> {
  const v = await client.query<{ version: string; num: string }>(`SELECT version() AS version, current_setting('server_version_num') AS num`);
  const s = await client.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings
      WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'jit', 'fsync',
                     'synchronous_commit', 'full_page_writes', 'max_parallel_workers_per_gather', 'autovacuum',
                     'random_page_cost', 'max_wal_size', 'checkpoint_timeout')
      ORDER BY name`,
  );
  const settings: Record<string, string> = {};
  for (const r of s.rows) settings[r.name] = r.unit ? `${r.setting} (${r.unit})` : r.setting;
  settings.jit_available = String((await client.query<{ a: boolean }>(`SELECT pg_jit_available() AS a`)).rows[0]!.a);
  return { version: v.rows[0]!.version, versionNum: Number(v.rows[0]!.num), settings };
}
