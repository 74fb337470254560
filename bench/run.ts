/**
 * `npm run bench [-- options]`: measures trickle's generated SQL on a real PostgreSQL.
 * What each figure means, and how to read it: docs/BENCHMARKS.md.
 *
 *   --quick               100,000 orders instead of 1,000,000 (results in bench/results.quick.json)
 *   --database-url URL    an empty database to use instead of an embedded PostgreSQL 18
 *   --shared-buffers SIZE shared_buffers of the embedded server (default 128MB, PostgreSQL's own)
 *   --reps N              measured repetitions per figure (default 5, at least 5), after 1 warm-up
 *   --only LIST           some of: cdc,refresh,nochange,compile (results in bench/results.partial.json)
 *   --stream NAME         only this stream table (filter, agg, agg_minmax, join, join_agg); partial
 *   --explain             print EXPLAIN (ANALYZE, BUFFERS) of the statements of a refresh after a batch
 *                         (--stream NAME[,NAME...], default agg_minmax; --batch 0.01%|1%|10%[,...],
 *                         default 1%; --verbose prints the statements' full text)
 *   --markdown            print the results as Markdown tables (as in docs/BENCHMARKS.md)
 *   --report FILE         measure nothing: print the results saved in FILE (e.g. bench/results.json)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres, type PgServer } from '../compiler/db/servers.js';
import { checkEmpty } from '../compiler/verify/verify.js';
import { measureCompile, REPO_ROOT } from './lib/compile-bench.js';
import { explainRefresh } from './lib/explain.js';
import {
  BATCH_SIZES,
  checkCorrectness,
  measureCdc,
  measureNoChange,
  measureRefresh,
  NOCHANGE_REPS,
  type BatchSize,
  type CdcResult,
  type CorrectnessResult,
  type Ctx,
  type NoChangeResult,
  type RefreshResult,
} from './lib/measure.js';
import { evaluateFloors, formatResults, type Results } from './lib/report.js';
import { changeBuffers, compileBench, connectUrl, loadBench, serverInfo, type BenchStream } from './lib/setup.js';
import { LiveIds } from './lib/workload.js';
import type { CompileResult } from './lib/compile-bench.js';

const SECTIONS = ['cdc', 'refresh', 'nochange', 'compile'] as const;
type Section = (typeof SECTIONS)[number];

const COMPILE_STREAMS = 1000;

interface Options {
  readonly quick: boolean;
  readonly databaseUrl: string | undefined;
  readonly sharedBuffers: string;
  readonly reps: number;
  readonly only: readonly Section[];
  readonly stream: string | undefined;
  readonly explain: boolean;
  readonly batch: string;
  readonly verbose: boolean;
  readonly markdown: boolean;
  readonly report: string | undefined;
}

function usage(): string {
  return (
    'usage: npm run bench -- [--quick] [--database-url URL] [--shared-buffers SIZE] [--reps N] [--only cdc,refresh,nochange,compile] [--stream NAME]\n' +
    '       npm run bench -- --explain [--quick] [--stream NAME[,NAME]] [--batch 0.01%|1%|10%[,...]] [--verbose]\n' +
    '       npm run bench -- --report bench/results.json [--markdown]\n'
  );
}

const OPTIONS = {
  quick: { type: 'boolean', default: false },
  'database-url': { type: 'string' },
  'shared-buffers': { type: 'string', default: '128MB' },
  reps: { type: 'string', default: '5' },
  only: { type: 'string' },
  stream: { type: 'string' },
  explain: { type: 'boolean', default: false },
  batch: { type: 'string', default: '1%' },
  verbose: { type: 'boolean', default: false },
  markdown: { type: 'boolean', default: false },
  report: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

function parseOptions(argv: string[]): Options {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true; allowPositionals: false }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(usage());
    process.exit(0);
  }
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 5) throw new UsageError('--reps must be an integer >= 5 (every figure is a median of at least 5)');
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...SECTIONS];
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new UsageError(`--only: unknown section '${s}' (${SECTIONS.join(', ')})`);
  return {
    quick: values.quick!,
    databaseUrl: values['database-url'],
    sharedBuffers: values['shared-buffers']!,
    reps,
    only: only as Section[],
    stream: values.stream,
    explain: values.explain!,
    batch: values.batch!,
    verbose: values.verbose!,
    markdown: values.markdown!,
    report: values.report,
  };
}

class UsageError extends Error {}

const log = (line: string) => process.stderr.write(`[bench ${elapsed()}] ${line}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s`;

function pickStream(streams: readonly BenchStream[], name: string): BenchStream {
  const st = streams.find((s) => s.short === name || s.name === name || s.qualified === name);
  if (!st) throw new UsageError(`--stream: no stream table '${name}' (${streams.map((s) => s.short).join(', ')})`);
  return st;
}

/** `--batch 1%`, `--batch 1`, or a comma list (with --explain). */
function pickBatches(list: string): BatchSize[] {
  return list.split(',').map((raw) => {
    const label = raw.trim();
    const size = BATCH_SIZES.find((b) => b.label === label || b.label === `${label}%`);
    if (!size) throw new UsageError(`--batch: one of ${BATCH_SIZES.map((b) => b.label).join(', ')}`);
    return size;
  });
}

async function main(argv: string[]): Promise<number> {
  const opts = parseOptions(argv);
  const style = opts.markdown ? 'markdown' : 'text';
  if (opts.report) {
    let saved: Results;
    try {
      saved = JSON.parse(readFileSync(opts.report, 'utf8')) as Results;
    } catch (e) {
      throw new UsageError(`--report: cannot read ${opts.report}: ${(e as Error).message}`);
    }
    process.stdout.write(`${formatResults(saved, style)}\n`);
    return 0;
  }
  const orders = opts.quick ? 100_000 : 1_000_000;
  // The CDC statements are short and their ratio noisy: twice the repetitions, except with --quick.
  const cdcReps = opts.quick ? opts.reps : 2 * opts.reps;
  const startedAt = new Date().toISOString();
  const load0 = loadavg();

  log('compiling bench/project with the compiler API');
  const bench = await compileBench();
  const streamFilter = opts.stream && !opts.explain ? pickStream(bench.streams, opts.stream) : undefined;
  pickBatches(opts.batch);

  const wantsDb = opts.explain || opts.only.some((s) => s !== 'compile');
  let server: PgServer | undefined;
  let client: pg.Client | undefined;
  let info: Awaited<ReturnType<typeof serverInfo>> | undefined;
  const refresh: RefreshResult[] = [];
  let cdc: CdcResult[] = [];
  let noChange: NoChangeResult[] = [];
  let correctness: CorrectnessResult[] = [];
  let compile: CompileResult | undefined;
  let loadTimings: { dataMs: number; scriptsMs: number } | undefined;
  try {
    if (wantsDb) {
      let url: string;
      if (opts.databaseUrl) {
        url = opts.databaseUrl;
        log(`using ${url.replace(/:[^:@/]*@/, ':***@')}`);
      } else {
        log(`starting an embedded PostgreSQL 18 (shared_buffers ${opts.sharedBuffers})`);
        server = await startEmbeddedPostgres({ settings: [`shared_buffers=${opts.sharedBuffers}`] });
        const admin = await connectUrl(server.adminUrl());
        await admin.query('CREATE DATABASE trickle_bench');
        await admin.end();
        url = server.adminUrl('trickle_bench');
      }
      client = await connectUrl(url);
      client.on('notice', () => undefined);
      await checkEmpty(client);
      info = await serverInfo(client);
      log(info.version.split(',')[0]!);
      loadTimings = await loadBench(client, bench, orders, log);
      const buffers = [...(await changeBuffers(client)).values()];
      const ctx: Ctx = { client, bench, live: new LiveIds(orders), orders, reps: opts.reps, warmup: 1, buffers, log };

      if (opts.explain) {
        const streams = opts.stream ? opts.stream.split(',').map((n) => pickStream(bench.streams, n.trim())) : [pickStream(bench.streams, 'agg_minmax')];
        for (const size of pickBatches(opts.batch)) {
          for (const st of streams) {
            log(`explaining the refresh of ${st.qualified} after a ${size.label} batch`);
            process.stdout.write(`${await explainRefresh(ctx, st, size, { verbose: opts.verbose, minShare: 0.02 })}\n\n`);
          }
        }
        return 0;
      }

      if (opts.only.includes('cdc')) {
        log(`CDC write overhead: orders with and without its CDC triggers (${cdcReps} + 1 warm-up repetitions)`);
        cdc = await measureCdc({ ...ctx, reps: cdcReps });
        for (const c of cdc) log(`  ${c.kind}: ${c.withTriggers.medianMs.toFixed(1)} ms vs ${c.withoutTriggers.medianMs.toFixed(1)} ms = ${c.ratio.toFixed(2)}x`);
      }
      if (opts.only.includes('refresh')) {
        const streams = streamFilter ? [streamFilter] : bench.streams;
        for (const size of BATCH_SIZES) {
          for (const st of streams) {
            log(`refresh: ${st.short}, ${size.label} batch`);
            const r = await measureRefresh(ctx, st, size);
            refresh.push(r);
            log(
              `  refresh ${r.differential.medianMs.toFixed(1)} ms, MV ${r.mvRefresh.medianMs.toFixed(1)} ms (${r.speedupVsMv}x), ` +
                `full ${r.fullRefresh.medianMs.toFixed(1)} ms (${r.speedupVsFull}x), batch DML ${r.batchDml.total.medianMs.toFixed(1)} ms`,
            );
          }
        }
      }
      if (opts.only.includes('nochange')) {
        log('refresh with no pending change');
        noChange = await measureNoChange(ctx);
        if (streamFilter) noChange = noChange.filter((n) => n.stream === streamFilter.short);
      }
      log('checking every stream table against its query');
      correctness = await checkCorrectness(ctx);
    }
    if (opts.only.includes('compile')) {
      log(`compiling a generated project of ${COMPILE_STREAMS} stream tables (${opts.reps} + 1 warm-up runs)`);
      compile = measureCompile(COMPILE_STREAMS, opts.reps, 1, log);
    }
  } finally {
    await client?.end().catch(() => undefined);
    if (server) await server.stop();
  }

  const floors = evaluateFloors(orders, refresh, cdc, noChange, compile);
  const partial = opts.only.length < SECTIONS.length || streamFilter !== undefined;
  const results: Results = {
    benchmark: 'trickle',
    startedAt,
    finishedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    settings: {
      quick: opts.quick,
      orders,
      customers: 10_000,
      regions: 8,
      batches: BATCH_SIZES.map((b) => ({ label: b.label, fraction: b.fraction })),
      reps: opts.reps,
      warmup: 1,
      repsBySection: { refresh: opts.reps, cdc: cdcReps, nochange: Math.max(opts.reps, NOCHANGE_REPS), compile: opts.reps },
      sections: opts.only,
      stream: streamFilter?.short ?? null,
      database: opts.databaseUrl ? 'database-url' : server ? server.label : 'embedded',
      loadMs: loadTimings ?? null,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, memoryGb: Math.round(totalmem() / 2 ** 30), loadavgStart: load0, loadavgEnd: loadavg(), node: process.version },
      method:
        'client wall time of each statement; refresh repetitions each apply a fresh batch, refresh the other stream tables untimed, ' +
        'then time the refresh; see docs/BENCHMARKS.md',
    },
    postgres: info ?? { version: 'n/a', versionNum: 0, settings: {} },
    refresh,
    cdc,
    noChange,
    compile,
    correctness,
    floors,
  };
  const file = partial ? 'results.partial.json' : opts.quick ? 'results.quick.json' : 'results.json';
  writeFileSync(join(REPO_ROOT, 'bench', file), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`${formatResults(results, style)}\nwrote bench/${file}\n`);
  return correctness.every((c) => c.ok) ? 0 : 1;
}

process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`bench: ${e.message}\n${usage()}`);
      process.exit(2);
    }
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
