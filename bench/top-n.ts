/**
 * ORDER BY ... LIMIT n stream tables over the benchmark's data (outside the fixed workload of
 * `npm run bench`): the refresh after change batches of the benchmark's kind, against running the
 * query itself, in the same run. Backs the figures in docs/BENCHMARKS.md.
 *
 *   npx tsx bench/top-n.ts [--orders N] [--reps R]     (default 1,000,000 orders, 7 reps; ~3 minutes)
 *
 * Stream tables: the first 10 and 10,000 orders by amount (over the table), the first 10 customers by the sum
 * of their orders computed in the query (an aggregate below the ORDER BY, recomputed per touched
 * customer), and the same over a stream table of the sums.
 */
import { analyzeProject } from '../compiler/compile.js';
import { startEmbeddedPostgres, withTempDatabase } from '../compiler/db/servers.js';
import { emitProject, migrationsToApply } from '../compiler/emit/output.js';
import { loadParser } from '../compiler/parser/adapter.js';
import { SourceText } from '../compiler/parser/source.js';
import { runScript } from '../compiler/verify/verify.js';
import { connect, expectOracle } from '../test/support/trickle.js';
import { perKind } from './lib/measure.js';
import { deleteSql, insertSql, LiveIds, loadData, updateSql } from './lib/workload.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ORDERS = arg('orders', 1_000_000);
const REPS = arg('reps', 7);

const STREAMS = `
CREATE MATERIALIZED VIEW top_amounts AS SELECT id, amount FROM orders ORDER BY amount DESC, id LIMIT 10;
CREATE MATERIALIZED VIEW top_amounts_10k AS SELECT id, amount FROM orders ORDER BY amount DESC, id LIMIT 10000;
CREATE MATERIALIZED VIEW top_revenue AS SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id ORDER BY total DESC, customer_id LIMIT 10;
CREATE MATERIALIZED VIEW revenue AS SELECT customer_id, sum(amount) AS total, count(*) AS n FROM orders GROUP BY customer_id;
CREATE MATERIALIZED VIEW top_of_revenue AS SELECT customer_id, total FROM revenue ORDER BY total DESC, customer_id LIMIT 10;
`;
/** Each stream table's own query, run as the baseline (top_of_revenue's reads the stream table). */
const QUERIES: Record<string, string> = {
  top_amounts: 'SELECT id, amount FROM orders ORDER BY amount DESC, id LIMIT 10',
  top_amounts_10k: 'SELECT id, amount FROM orders ORDER BY amount DESC, id LIMIT 10000',
  top_revenue: 'SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id ORDER BY total DESC, customer_id LIMIT 10',
  top_of_revenue: 'SELECT customer_id, total FROM revenue ORDER BY total DESC, customer_id LIMIT 10',
};

await loadParser();
const schema = readFileSync(fileURLToPath(new URL('project/schema/001_tables.sql', import.meta.url)), 'utf8');
const project = analyzeProject({
  config: { name: 'top_n', defaults: { schedule: '1m', refreshMode: 'DIFFERENTIAL' } },
  schema: [new SourceText('schema/001_tables.sql', schema)],
  streams: [new SourceText('streams/001_top_n.sql', STREAMS)],
  data: [],
  changes: [],
});
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startEmbeddedPostgres();
try {
  await withTempDatabase(server, async (url) => {
    const c = await connect(url);
    await runScript(c, schema, 'schema');
    await loadData(c, ORDERS);
    for (const f of migrationsToApply(emitProject(project))) await runScript(c, f.content, f.path);
    await c.query('VACUUM ANALYZE');
    const live = new LiveIds(ORDERS);
    console.log(`${ORDERS} orders, median of ${REPS} (ms); the refreshes in dependency order after each batch`);
    for (const share of [0.0001, 0.01]) {
      const times: Record<string, number[]> = {};
      const kinds: Record<string, string[]> = {};
      for (let rep = 0; rep < REPS; rep++) {
        const b = live.draw(perKind(ORDERS, share));
        await c.query('SELECT setseed($1)', [b.seed]);
        await c.query(insertSql('orders'), [b.insertFrom, b.insertTo]);
        await c.query(updateSql('orders'), [b.updateIds]);
        await c.query(deleteSql('orders'), [b.deleteIds]);
        for (const s of ['top_amounts', 'top_amounts_10k', 'top_revenue', 'revenue', 'top_of_revenue']) {
          const t0 = performance.now();
          await c.query('CALL pg_trickle.refresh($1)', [`public.${s}`]);
          (times[s] ??= []).push(performance.now() - t0);
          const { rows } = await c.query('SELECT last_refresh_kind FROM pg_trickle.pgt_stream_tables WHERE pgt_name = $1', [s]);
          (kinds[s] ??= []).push(String(rows[0]?.last_refresh_kind));
        }
        for (const [s, q] of Object.entries(QUERIES)) {
          const t0 = performance.now();
          await c.query(q);
          (times[`${s} (query)`] ??= []).push(performance.now() - t0);
        }
        if (rep === REPS - 1) await expectOracle(c, project, `after the ${share * 100} % batches`);
        await c.query('VACUUM');
      }
      console.log(`\n${share * 100} % batches (${perKind(ORDERS, share) * 3} rows each):`);
      for (const [s, ts] of Object.entries(times)) {
        const k = kinds[s] ? `  ${[...new Set(kinds[s])].join('/')}` : '';
        console.log(`  ${s.padEnd(24)} ${median(ts).toFixed(2).padStart(8)}  (${Math.min(...ts).toFixed(1)}-${Math.max(...ts).toFixed(1)})${k}`);
      }
    }
    await c.end();
  });
} finally {
  await server.stop();
}
