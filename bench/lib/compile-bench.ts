/**
 * Compile time of a large project, as a whole process: a generated project with 1,000 varied stream
 * tables (filters, projections, 2- to 4-way joins, aggregates with and without MIN/MAX, HAVING,
 * DISTINCT, scalar aggregates, stream tables over stream tables) over a schema of 8 tables.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Samples, type Summary } from './stats.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const SCHEMA = `CREATE SCHEMA sales;

CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, region text, tier int NOT NULL DEFAULT 0, created_at timestamp);
CREATE TABLE products (sku text PRIMARY KEY, title text NOT NULL, category text, price numeric(10,2) NOT NULL);
CREATE TABLE suppliers (id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE stock (sku text NOT NULL, supplier_id int NOT NULL, qty int NOT NULL, PRIMARY KEY (sku, supplier_id));
CREATE TABLE sales.orders (id bigint PRIMARY KEY, customer_id int NOT NULL, amount numeric(10,2), status text, created_at timestamp);
CREATE TABLE sales.order_lines (order_id bigint NOT NULL, sku text NOT NULL, quantity int NOT NULL, discount numeric(4,2));
CREATE TABLE sales.shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL, carrier text, cost numeric(10,2), shipped_at timestamp);
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb, at timestamp NOT NULL);
`;

const STATUSES = ['open', 'paid', 'void', 'shipped'];
const CARRIERS = ['ups', 'dhl', 'fedex', 'post'];

/** The i-th generated stream table definition (a CREATE MATERIALIZED VIEW statement). */
export function streamDefinition(i: number): string {
  const n = Math.floor(i / 20);
  const s = STATUSES[i % STATUSES.length]!;
  const carrier = CARRIERS[n % CARRIERS.length]!;
  const name = (kind: string) => `st_${String(i).padStart(4, '0')}_${kind}`;
  switch (i % 20) {
    case 0:
      return `CREATE MATERIALIZED VIEW ${name('filter')} AS SELECT id, customer_id, amount FROM sales.orders WHERE status = '${s}' AND amount > ${n};`;
    case 1:
      return `CREATE MATERIALIZED VIEW ${name('project')} AS SELECT o.id, upper(o.status) AS status, o.amount * ${1 + n / 100} AS gross, o.created_at::date AS day FROM sales.orders o WHERE o.customer_id % 10 = ${n % 10};`;
    case 2:
      return `CREATE MATERIALIZED VIEW ${name('join')} AS SELECT o.id, o.amount, c.region FROM sales.orders o JOIN customers c ON c.id = o.customer_id WHERE c.tier = ${n % 5};`;
    case 3:
      return `CREATE MATERIALIZED VIEW ${name('join3')} AS SELECT l.order_id, p.title, l.quantity * p.price AS total, c.name AS customer FROM sales.order_lines l JOIN sales.orders o ON o.id = l.order_id JOIN products p ON p.sku = l.sku JOIN customers c ON c.id = o.customer_id WHERE p.price > ${n};`;
    case 4:
      return `CREATE MATERIALIZED VIEW ${name('agg')} AS SELECT customer_id, count(*) AS orders, sum(amount) AS total, avg(amount) AS mean FROM sales.orders WHERE status <> '${s}' GROUP BY customer_id;`;
    case 5:
      return `CREATE MATERIALIZED VIEW ${name('minmax')} AS SELECT sku, count(*) AS lines, min(quantity) AS smallest, max(quantity) AS largest FROM sales.order_lines WHERE quantity > ${n % 7} GROUP BY sku;`;
    case 6:
      return `CREATE MATERIALIZED VIEW ${name('join_agg')} AS SELECT c.region, count(*) AS orders, sum(o.amount) AS revenue FROM sales.orders o JOIN customers c ON c.id = o.customer_id WHERE o.amount >= ${n} GROUP BY c.region;`;
    case 7:
      return `CREATE MATERIALIZED VIEW ${name('distinct')} AS SELECT DISTINCT status, customer_id % ${n + 2} AS bucket FROM sales.orders;`;
    case 8:
      return `CREATE MATERIALIZED VIEW ${name('scalar')} AS SELECT count(*) AS shipments, sum(cost) AS cost, max(shipped_at) AS latest FROM sales.shipments WHERE carrier = '${carrier}';`;
    case 9:
      return `CREATE MATERIALIZED VIEW ${name('stock')} AS SELECT s.name AS supplier, st.sku, st.qty FROM stock st JOIN suppliers s ON s.id = st.supplier_id WHERE st.qty > ${n} AND s.country IS NOT NULL;`;
    case 10:
      return `CREATE MATERIALIZED VIEW ${name('having')} AS SELECT customer_id, count(*) AS orders, sum(amount) AS total FROM sales.orders GROUP BY customer_id HAVING count(*) > ${n % 9};`;
    case 11:
      return `CREATE MATERIALIZED VIEW ${name('filtered_agg')} AS SELECT c.region, c.tier, count(*) FILTER (WHERE o.status = '${s}') AS matching, count(*) AS total, avg(o.amount) AS mean FROM sales.orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.region, c.tier;`;
    case 12:
      return `CREATE MATERIALIZED VIEW ${name('case')} AS SELECT id, CASE WHEN amount > ${100 + n} THEN 'large' WHEN amount > ${10 + n} THEN 'medium' ELSE 'small' END AS size, coalesce(status, 'unknown') AS status FROM sales.orders WHERE created_at >= timestamp '2024-01-01' + interval '${n} days';`;
    case 13:
      return `CREATE MATERIALIZED VIEW ${name('ship_join')} AS SELECT sh.id, sh.carrier, o.customer_id, sh.cost FROM sales.shipments sh JOIN sales.orders o ON o.id = sh.order_id WHERE sh.carrier IN ('${carrier}', 'post') AND o.amount > ${n};`;
    case 14:
      return `CREATE MATERIALIZED VIEW ${name('category')} AS SELECT p.category, count(*) AS lines, sum(l.quantity) AS items, min(p.price) AS cheapest, max(p.price) AS dearest FROM sales.order_lines l JOIN products p ON p.sku = l.sku WHERE l.discount IS NULL OR l.discount < ${(n % 50) / 100} GROUP BY p.category;`;
    case 15:
      return `CREATE MATERIALIZED VIEW ${name('events')} AS SELECT kind, date_trunc('day', at) AS day, count(*) AS events FROM events WHERE kind <> 'kind_${n}' GROUP BY kind, date_trunc('day', at);`;
    case 16:
      return `CREATE MATERIALIZED VIEW ${name('self_join')} AS SELECT a.id AS first, b.id AS second FROM sales.orders a JOIN sales.orders b ON b.customer_id = a.customer_id AND b.id = a.id + ${n + 1} WHERE a.status = '${s}';`;
    case 17:
      return `CREATE MATERIALIZED VIEW ${name('using')} AS SELECT p.sku, st.qty, p.title FROM stock st JOIN products p USING (sku) WHERE st.supplier_id % ${n + 2} = 0;`;
    case 18: {
      // A stream table over an earlier stream table (the aggregate of case 4 of the same block).
      const upstream = `st_${String(i - 14).padStart(4, '0')}_agg`;
      return `CREATE MATERIALIZED VIEW ${name('layered')} AS SELECT count(*) AS customers, sum(total) AS total, max(orders) AS busiest FROM ${upstream} WHERE orders > ${n % 5};`;
    }
    default:
      return `CREATE MATERIALIZED VIEW sales.${name('region_status')} AS SELECT c.region, o.status, count(*) AS orders, min(o.amount) AS smallest, max(o.amount) AS largest FROM sales.orders o JOIN customers c ON c.id = o.customer_id WHERE c.created_at IS NOT NULL GROUP BY c.region, o.status;`;
  }
}

/** Writes the generated project into a fresh temporary folder and returns it. */
export function generateProject(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'trickle-bench-compile-'));
  mkdirSync(join(dir, 'schema'));
  mkdirSync(join(dir, 'streams'));
  writeFileSync(join(dir, 'trickle.json'), JSON.stringify({ name: 'compile_bench', defaults: { schedule: '5m', refresh_mode: 'DIFFERENTIAL' } }, null, 2));
  writeFileSync(join(dir, 'schema', '001_tables.sql'), SCHEMA);
  const perFile = 50;
  for (let f = 0; f * perFile < count; f++) {
    const defs: string[] = [];
    for (let i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) defs.push(streamDefinition(i));
    writeFileSync(join(dir, 'streams', `${String(f + 1).padStart(3, '0')}_streams.sql`), defs.join('\n\n') + '\n');
  }
  return dir;
}

export interface CompileResult {
  readonly streams: number;
  readonly command: string;
  readonly filesWritten: number;
  readonly wall: Summary;
  /**
   * Per run (warm-up first): whether bin/trickle.js could run the prebuilt JavaScript in dist/
   * (dist/.built newer than every compiler/*.ts) rather than transpiling the sources with tsx.
   */
  readonly prebuiltJs: readonly boolean[];
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The same test bin/trickle.js makes to choose between dist/ and tsx. */
function prebuiltIsFresh(): boolean {
  const built = join(REPO_ROOT, 'dist', '.built');
  return existsSync(built) && statSync(built).mtimeMs >= newestSource(join(REPO_ROOT, 'compiler'));
}

/** The command: `node bin/trickle.js compile` when bin/trickle.js exists, else tsx on the CLI source. */
function compileCommand(project: string, out: string): { file: string; args: string[]; display: string } {
  const bin = join(REPO_ROOT, 'bin', 'trickle.js');
  if (existsSync(bin)) {
    return { file: process.execPath, args: [bin, 'compile', project, '--out', out], display: 'node bin/trickle.js compile <dir> --out <tmp>' };
  }
  const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return {
    file: process.execPath,
    args: [tsx, join(REPO_ROOT, 'compiler', 'cli', 'main.ts'), 'compile', project, '--out', out],
    display: 'tsx compiler/cli/main.ts compile <dir> --out <tmp>',
  };
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1), 0);
}

export function measureCompile(count: number, reps: number, warmup: number, log: (s: string) => void): CompileResult {
  const project = generateProject(count);
  const out = join(project, '..', `${project.split('/').pop()}-out`);
  try {
    const wall = new Samples();
    let command = '';
    let filesWritten = 0;
    const prebuiltJs: boolean[] = [];
    // What users run is the JavaScript that `npm install` builds; an edited checkout would
    // otherwise measure tsx transpiling the sources at every start.
    if (!prebuiltIsFresh()) {
      log('  building dist/ (npm run build): the sources are newer than the prebuilt JavaScript');
      const b = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(`npm run build failed (exit ${b.status}):\n${b.stderr || b.stdout}`);
    }
    for (let rep = 0; rep < warmup + reps; rep++) {
      prebuiltJs.push(prebuiltIsFresh());
      rmSync(out, { recursive: true, force: true });
      const cmd = compileCommand(project, out);
      command = cmd.display;
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd.file, cmd.args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) {
        throw new Error(`compiling the generated ${count}-stream project failed (exit ${r.status}; project kept in ${project}):\n${r.stderr || r.stdout}`);
      }
      filesWritten = countFiles(out);
      wall.add(rep, ms, warmup);
      log(`  compile ${rep < warmup ? '(warm-up)' : `#${rep - warmup + 1}`}: ${(ms / 1000).toFixed(2)} s${prebuiltJs[rep] ? ' (prebuilt dist/)' : ' (tsx)'}`);
    }
    rmSync(project, { recursive: true, force: true });
    return { streams: count, command, filesWritten, wall: wall.summary(), prebuiltJs };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
