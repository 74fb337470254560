/**
 * Random DML over fixtures/shop's four tables, for the property tests of the oracle
 * (test/property.test.ts).
 *
 * Everything here is pure: arbitraries of plain objects whose `toString()` is replayable SQL, so
 * that fast-check's counterexample reads like a psql script. The test file executes them.
 *
 * Values come from small ranges (6 customer ids, 4 skus, 7 order ids, a handful of statuses,
 * regions, prices and timestamps) so that collisions, re-inserts of deleted keys, shared groups,
 * identical order lines and MIN/MAX ties are frequent. No statement can violate a constraint:
 * inserts into tables with a primary key use ON CONFLICT, key updates are guarded with NOT EXISTS,
 * and every NOT NULL column only gets non-NULL values. There are no foreign keys, so orphans
 * (lines of missing orders, orders of missing customers) are allowed and generated.
 */
import fc from 'fast-check';

export type Table = 'customers' | 'products' | 'orders' | 'order_lines';

/** One DML statement (or, for the reseed, a short script run as one simple query). */
export class Stmt {
  constructor(
    /** A short category, for coverage statistics, e.g. `order_lines.delete-one`. */
    readonly kind: string,
    readonly tables: readonly Table[],
    readonly sql: string,
    /** What toString() shows, terminated, when it differs from `sql` (the reseed's seed script). */
    readonly display?: string,
  ) {}
  toString(): string {
    return this.display ?? `${this.sql};`;
  }
  [fc.toStringMethod](): string {
    return this.toString();
  }
}

/**
 * How a step's statements are sent:
 *  - autocommit:     each statement is its own transaction;
 *  - transaction:    BEGIN; all statements; COMMIT;
 *  - rollback:       BEGIN; all statements; ROLLBACK;  (nothing happened)
 *  - savepoint:      BEGIN; first half; SAVEPOINT s; second half; ROLLBACK TO SAVEPOINT s; COMMIT;
 *  - refresh-inside: BEGIN; first half; refresh all + check (inside the writing transaction); second half; COMMIT;
 *  - concurrent:     a second connection T2 runs BEGIN and the first part; while T2 is open, the main
 *                    connection runs the rest in autocommit (a statement that would wait for T2's row locks
 *                    fails after a short lock_timeout and is skipped; such waits are deterministic, so this
 *                    is reproducible), then refreshes all stream tables and checks them; then T2 commits.
 *                    T2's changes have the older xid but commit after a refresh that saw newer ones.
 *                    Neither part has a TRUNCATE (in T2 its lock would block the refresh).
 */
export type TxMode = 'autocommit' | 'transaction' | 'rollback' | 'savepoint' | 'refresh-inside' | 'concurrent';

/** What to do with one stream table in a partial refresh. */
export type RefreshMode = 'skip' | 'diff' | 'full';

/** After the statements: refresh all (and check all), refresh none (changes accumulate), or some. */
export type StepRefresh = 'all' | 'none' | readonly RefreshMode[];

export class Step {
  constructor(
    readonly statements: readonly Stmt[],
    readonly tx: TxMode,
    readonly refresh: StepRefresh,
    /** Qualified stream table names in dependency order (a partial refresh's modes index them). */
    readonly streams: readonly string[],
    /** Where a savepoint, an inner refresh or the end of T2's part splits the statements. */
    readonly split: number = Math.ceil(statements.length / 2),
  ) {}

  /** The stream tables a partial refresh refreshes, in dependency order, with their mode. */
  refreshed(): { name: string; full: boolean }[] {
    if (this.refresh === 'all') return this.streams.map((name) => ({ name, full: false }));
    if (this.refresh === 'none') return [];
    const modes = this.refresh;
    return this.streams.flatMap((name, i) => (modes[i] === 'diff' || modes[i] === 'full' ? [{ name, full: modes[i] === 'full' }] : []));
  }

  toString(): string {
    const s = this.statements.map(String);
    const k = this.split;
    let body: string[];
    switch (this.tx) {
      case 'autocommit':
        body = s;
        break;
      case 'transaction':
        body = ['BEGIN;', ...s.map(indent), 'COMMIT;'];
        break;
      case 'rollback':
        body = ['BEGIN;', ...s.map(indent), 'ROLLBACK;'];
        break;
      case 'savepoint':
        body = ['BEGIN;', ...s.slice(0, k).map(indent), '  SAVEPOINT s;', ...s.slice(k).map(indent), '  ROLLBACK TO SAVEPOINT s;', 'COMMIT;'];
        break;
      case 'refresh-inside':
        body = [
          'BEGIN;',
          ...s.slice(0, k).map(indent),
          '  -- refresh all stream tables inside this transaction, check all',
          ...s.slice(k).map(indent),
          'COMMIT;',
        ];
        break;
      case 'concurrent':
        body = [
          '-- T2 (a second connection):',
          'BEGIN;',
          ...s.slice(0, k).map(indent),
          '-- main connection, while T2 is open (SET lock_timeout: a statement waiting for T2 is skipped):',
          ...s.slice(k),
          '-- main connection: refresh all stream tables, check all',
          '-- T2:',
          'COMMIT;',
        ];
        break;
    }
    let after: string;
    if (this.refresh === 'all') after = '-- refresh all stream tables, check all';
    else if (this.refresh === 'none') after = '-- no refresh (changes accumulate)';
    else {
      const r = this.refreshed();
      after = r.length
        ? `${r.map((x) => `CALL pg_trickle.refresh('${x.name}'${x.full ? ', full => true' : ''});`).join(' ')}  -- check these`
        : '-- no refresh (changes accumulate)';
    }
    return [...body, after].join('\n');
  }
  [fc.toStringMethod](): string {
    return this.toString();
  }
}

export class Sequence {
  constructor(
    readonly steps: readonly Step[],
    /** Qualified stream table names, in dependency order. */
    readonly streams: readonly string[],
  ) {}
  toString(): string {
    const parts = this.steps.map((st, i) => `-- step ${i + 1} (${st.tx})\n${st.toString()}`);
    return [
      '',
      '-- from the seed state, every stream table refreshed in full;',
      `-- "refresh all" = CALL pg_trickle.refresh(name) for ${this.streams.join(', ')} (in this order)`,
      ...parts,
      '-- finally: refresh all stream tables, check all',
      '',
    ].join('\n');
  }
  [fc.toStringMethod](): string {
    return this.toString();
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** A SQL literal: NULL, a number as is, a string quoted. */
export function lit(v: string | number | boolean | null): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `'${v.replace(/'/g, "''")}'`;
}

// fc.constantFrom shrinks towards its first value: put the "plainest" one first.
const customerId = fc.integer({ min: 1, max: 6 }); // seed: 1-4
const customerName = fc.constantFrom('Ada', 'Brian', 'Chen', 'Dora', 'Eve', 'Finn');
const region = fc.constantFrom<string | null>('north', 'south', null, 'east');
const vip = fc.boolean();

const sku = fc.constantFrom('A1', 'B2', 'C3', 'D4'); // seed: A1, B2, C3
const title = fc.constantFrom('Anvil', 'Bucket', 'Chisel', 'Drill');
const category = fc.constantFrom<string | null>('tools', 'garden', null);
/** numeric(10,2); equal prices make MIN/MAX ties. */
const price = fc.constantFrom('12.00', '7.25', '99.50', '0.00', '150.00', '7.250', '-1.00');

const orderId = fc.integer({ min: 100, max: 106 }); // seed: 100-103
const status = fc.constantFrom('open', 'paid', 'pending', 'shipped');
/** Equal timestamps make MIN/MAX ties; 2026-01-05 12:00 and 2026-01-05 00:00 share a ::date. */
const createdAt = fc.constantFrom(
  '2026-01-03 10:00',
  '2026-01-04 11:00',
  '2026-01-05 12:00',
  '2026-01-06 13:00',
  '2025-12-31 23:00',
  '2026-01-05 00:00',
  '2026-02-01 00:00',
);

/** 10 and more is 'bulk' in order_line_details; big_customers needs items >= 5. Negative quantities
 *  (no CHECK forbids them) let a SUM reach 0 while its group still has rows. */
const quantity = fc.integer({ min: -3, max: 12 });
const discount = fc.constantFrom<string | null>(null, '0.10', '0.05', '0.50', '0.00');

const num = (v: string | null): string => (v === null ? 'NULL' : v);

// ---------------------------------------------------------------------------------------------
// customers
// ---------------------------------------------------------------------------------------------

const customerStmt: fc.Arbitrary<Stmt> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ id: customerId, name: customerName, region, vip, conflict: fc.constantFrom('nothing', 'region', 'all') })
      .map(({ id, name, region, vip, conflict }) => {
        const values = `INSERT INTO customers (id, name, region, vip) VALUES (${id}, ${lit(name)}, ${lit(region)}, ${vip})`;
        const onConflict =
          conflict === 'nothing'
            ? 'ON CONFLICT (id) DO NOTHING'
            : conflict === 'region'
              ? 'ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region'
              : 'ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region, vip = EXCLUDED.vip';
        return new Stmt(`customers.insert-${conflict}`, ['customers'], `${values} ${onConflict}`);
      }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ id: customerId, region }).map(
      ({ id, region }) => new Stmt('customers.update-region', ['customers'], `UPDATE customers SET region = ${lit(region)} WHERE id = ${id}`),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ from: region, to: region }).map(
      ({ from, to }) =>
        new Stmt(
          'customers.update-region-all',
          ['customers'],
          `UPDATE customers SET region = ${lit(to)} WHERE region IS NOT DISTINCT FROM ${lit(from)}`,
        ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ id: customerId, name: customerName }).map(
      ({ id, name }) => new Stmt('customers.update-name', ['customers'], `UPDATE customers SET name = ${lit(name)} WHERE id = ${id}`),
    ),
  },
  {
    weight: 1,
    // A column no stream table outputs: the change still reaches every change buffer.
    arbitrary: customerId.map((id) => new Stmt('customers.update-vip', ['customers'], `UPDATE customers SET vip = NOT vip WHERE id = ${id}`)),
  },
  {
    weight: 1,
    arbitrary: fc.record({ from: customerId, to: customerId }).map(
      ({ from, to }) =>
        new Stmt(
          'customers.update-id',
          ['customers'],
          `UPDATE customers SET id = ${to} WHERE id = ${from} AND NOT EXISTS (SELECT 1 FROM customers WHERE id = ${to})`,
        ),
    ),
  },
  {
    weight: 2,
    arbitrary: customerId.map((id) => new Stmt('customers.delete', ['customers'], `DELETE FROM customers WHERE id = ${id}`)),
  },
  { weight: 1, arbitrary: fc.constant(new Stmt('customers.delete-all', ['customers'], 'DELETE FROM customers')) },
  {
    weight: 1,
    arbitrary: region.map(
      (r) => new Stmt('customers.delete-region', ['customers'], `DELETE FROM customers WHERE region IS NOT DISTINCT FROM ${lit(r)}`),
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// products
// ---------------------------------------------------------------------------------------------

const productStmt: fc.Arbitrary<Stmt> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .record({ sku, title, category, price, conflict: fc.constantFrom('nothing', 'price') })
      .map(({ sku, title, category, price, conflict }) => {
        const values = `INSERT INTO products (sku, title, category, price) VALUES (${lit(sku)}, ${lit(title)}, ${lit(category)}, ${price})`;
        const onConflict = conflict === 'nothing' ? 'ON CONFLICT (sku) DO NOTHING' : 'ON CONFLICT (sku) DO UPDATE SET price = EXCLUDED.price';
        return new Stmt(`products.insert-${conflict}`, ['products'], `${values} ${onConflict}`);
      }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ sku, price }).map(
      ({ sku, price }) => new Stmt('products.update-price', ['products'], `UPDATE products SET price = ${price} WHERE sku = ${lit(sku)}`),
    ),
  },
  {
    weight: 1,
    arbitrary: category.map(
      (c) =>
        new Stmt(
          'products.update-price-category',
          ['products'],
          `UPDATE products SET price = price + 1 WHERE category IS NOT DISTINCT FROM ${lit(c)}`,
        ),
    ),
  },
  {
    weight: 1,
    // Lower the dearest product(s): a MAX that must be found again.
    arbitrary: price.map(
      (p) =>
        new Stmt('products.update-max-price', ['products'], `UPDATE products SET price = ${p} WHERE price = (SELECT max(price) FROM products)`),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ from: sku, to: sku }).map(
      ({ from, to }) =>
        new Stmt(
          'products.update-sku',
          ['products'],
          `UPDATE products SET sku = ${lit(to)} WHERE sku = ${lit(from)} AND NOT EXISTS (SELECT 1 FROM products WHERE sku = ${lit(to)})`,
        ),
    ),
  },
  { weight: 1, arbitrary: fc.constant(new Stmt('products.delete-all', ['products'], 'DELETE FROM products')) },
  {
    weight: 1,
    arbitrary: sku.map((s) => new Stmt('products.delete', ['products'], `DELETE FROM products WHERE sku = ${lit(s)}`)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('min', 'max').map(
      (f) => new Stmt(`products.delete-${f}`, ['products'], `DELETE FROM products WHERE price = (SELECT ${f}(price) FROM products)`),
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// orders
// ---------------------------------------------------------------------------------------------

const orderStmt: fc.Arbitrary<Stmt> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ id: orderId, customer: customerId, status, at: createdAt, conflict: fc.constantFrom('nothing', 'status', 'customer') })
      .map(({ id, customer, status, at, conflict }) => {
        const values = `INSERT INTO orders (id, customer_id, status, created_at) VALUES (${id}, ${customer}, ${lit(status)}, ${lit(at)})`;
        const onConflict =
          conflict === 'nothing'
            ? 'ON CONFLICT (id) DO NOTHING'
            : conflict === 'status'
              ? 'ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status'
              : 'ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id';
        return new Stmt(`orders.insert-${conflict}`, ['orders'], `${values} ${onConflict}`);
      }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ id: orderId, customer: customerId }).map(
      ({ id, customer }) => new Stmt('orders.update-customer', ['orders'], `UPDATE orders SET customer_id = ${customer} WHERE id = ${id}`),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({ id: orderId, status }).map(
      ({ id, status }) => new Stmt('orders.update-status', ['orders'], `UPDATE orders SET status = ${lit(status)} WHERE id = ${id}`),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ from: status, to: status }).map(
      ({ from, to }) =>
        new Stmt('orders.update-status-all', ['orders'], `UPDATE orders SET status = ${lit(to)} WHERE status = ${lit(from)}`),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ id: orderId, at: createdAt }).map(
      ({ id, at }) => new Stmt('orders.update-created', ['orders'], `UPDATE orders SET created_at = ${lit(at)} WHERE id = ${id}`),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ from: orderId, to: orderId }).map(
      ({ from, to }) =>
        new Stmt(
          'orders.update-id',
          ['orders'],
          `UPDATE orders SET id = ${to} WHERE id = ${from} AND NOT EXISTS (SELECT 1 FROM orders WHERE id = ${to})`,
        ),
    ),
  },
  {
    weight: 2,
    arbitrary: orderId.map((id) => new Stmt('orders.delete', ['orders'], `DELETE FROM orders WHERE id = ${id}`)),
  },
  { weight: 1, arbitrary: fc.constant(new Stmt('orders.delete-all', ['orders'], 'DELETE FROM orders')) },
  {
    weight: 1,
    arbitrary: customerId.map(
      (c) => new Stmt('orders.delete-customer', ['orders'], `DELETE FROM orders WHERE customer_id = ${c}`),
    ),
  },
  {
    weight: 1,
    // The first or last order(s): order_stats' MIN/MAX must be found again.
    arbitrary: fc.constantFrom('min', 'max').map(
      (f) =>
        new Stmt(`orders.delete-${f}`, ['orders'], `DELETE FROM orders WHERE created_at = (SELECT ${f}(created_at) FROM orders)`),
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// order_lines (no primary key: identical lines repeat)
// ---------------------------------------------------------------------------------------------

interface LineTarget {
  readonly kind: string;
  readonly where: string;
}

/** Which lines a statement hits. "One" picks one of the lines by a total order on all columns, so
 *  the lines it may pick are identical and the statement is deterministic. */
const lineTarget: fc.Arbitrary<LineTarget> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ o: orderId, s: sku }).map(({ o, s }) => ({
      kind: 'one',
      where: `ctid IN (SELECT ctid FROM order_lines WHERE order_id = ${o} AND sku = ${lit(s)} ORDER BY quantity, discount NULLS FIRST LIMIT 1)`,
    })),
  },
  {
    weight: 2,
    arbitrary: orderId.map((o) => ({
      kind: 'one-of-order',
      where: `ctid IN (SELECT ctid FROM order_lines WHERE order_id = ${o} ORDER BY sku, quantity, discount NULLS FIRST LIMIT 1)`,
    })),
  },
  {
    weight: 4,
    arbitrary: fc.record({ o: orderId, s: sku }).map(({ o, s }) => ({ kind: 'order-sku', where: `order_id = ${o} AND sku = ${lit(s)}` })),
  },
  { weight: 4, arbitrary: orderId.map((o) => ({ kind: 'order', where: `order_id = ${o}` })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'bulk', where: 'quantity >= 10' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'all', where: 'true' }) },
);

type LineValue = readonly [number, string, number, string | null];
const lineValue: fc.Arbitrary<LineValue> = fc.tuple(orderId, sku, quantity, discount);
const renderLine = ([o, s, q, d]: LineValue): string => `(${o}, ${lit(s)}, ${q}, ${num(d)})`;
/** A line and how many identical copies of it to insert. */
const lineRows = fc.tuple(lineValue, fc.integer({ min: 1, max: 3 }));

const lineSet: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: quantity.map((q) => `quantity = ${q}`) },
  { weight: 1, arbitrary: fc.constant('quantity = quantity + 1') },
  { weight: 2, arbitrary: orderId.map((o) => `order_id = ${o}`) },
  { weight: 2, arbitrary: sku.map((s) => `sku = ${lit(s)}`) },
  { weight: 1, arbitrary: discount.map((d) => `discount = ${num(d)}`) },
  { weight: 1, arbitrary: fc.tuple(orderId, quantity).map(([o, q]) => `order_id = ${o}, quantity = ${q}`) },
  { weight: 1, arbitrary: fc.constant('quantity = quantity') }, // a no-op update
);

const lineStmt: fc.Arbitrary<Stmt> = fc.oneof(
  {
    weight: 4,
    // Several rows; each repeated 1-3 times (identical lines).
    arbitrary: fc.tuple(lineRows, fc.array(lineRows, { maxLength: 2 })).map(([first, more]) => {
      const rows = [first, ...more];
      const values = rows.flatMap(([v, n]) => Array.from({ length: n }, () => renderLine(v)));
      return new Stmt('order_lines.insert', ['order_lines'], `INSERT INTO order_lines (order_id, sku, quantity, discount) VALUES ${values.join(', ')}`);
    }),
  },
  {
    weight: 1,
    // Duplicate every line of an order.
    arbitrary: orderId.map(
      (o) => new Stmt('order_lines.insert-copy', ['order_lines'], `INSERT INTO order_lines SELECT * FROM order_lines WHERE order_id = ${o}`),
    ),
  },
  {
    weight: 4,
    arbitrary: fc.record({ set: lineSet, target: lineTarget }).map(
      ({ set, target }) => new Stmt(`order_lines.update-${target.kind}`, ['order_lines'], `UPDATE order_lines SET ${set} WHERE ${target.where}`),
    ),
  },
  {
    weight: 4,
    arbitrary: lineTarget.map((t) => new Stmt(`order_lines.delete-${t.kind}`, ['order_lines'], `DELETE FROM order_lines WHERE ${t.where}`)),
  },
  {
    weight: 1,
    // The lines of the dearest product(s): customer_revenue's MAX must be found again.
    arbitrary: fc.constant(
      new Stmt(
        'order_lines.delete-dearest',
        ['order_lines'],
        'DELETE FROM order_lines WHERE sku IN (SELECT sku FROM products WHERE price = (SELECT max(price) FROM products))',
      ),
    ),
  },
);

const truncateStmt = new Stmt('order_lines.truncate', ['order_lines'], 'TRUNCATE order_lines');

// ---------------------------------------------------------------------------------------------
// Steps and sequences
// ---------------------------------------------------------------------------------------------

export interface SequenceOptions {
  /** Qualified stream table names, in dependency order. */
  readonly streams: readonly string[];
  /** The seed data script, for the occasional reseed statement. */
  readonly seedSql: string;
  /** Its files' paths, shown instead of its content. */
  readonly seedFiles: readonly string[];
  readonly maxSteps: number;
  readonly maxStatementsPerStep: number;
}

export const ALL_TABLES: readonly Table[] = ['customers', 'products', 'orders', 'order_lines'];

/** DELETE every row and load the seed again: a big change to every table. */
export function reseedStmt(seedSql: string, seedFiles: readonly string[]): Stmt {
  const deletes = 'DELETE FROM order_lines; DELETE FROM orders; DELETE FROM products; DELETE FROM customers';
  return new Stmt('reseed', ALL_TABLES, `${deletes};\n${seedSql}`, [`${deletes};`, ...seedFiles.map((f) => `\\i ${f}`)].join('\n'));
}

/** Any statement; `truncate: false` leaves out TRUNCATE (for a transaction other sessions must not wait for). */
export function statementArb(opts: Pick<SequenceOptions, 'seedSql' | 'seedFiles'>, truncate = true): fc.Arbitrary<Stmt> {
  return fc.oneof(
    { weight: 24, arbitrary: lineStmt },
    { weight: 20, arbitrary: orderStmt },
    { weight: 16, arbitrary: customerStmt },
    { weight: 12, arbitrary: productStmt },
    { weight: truncate ? 1 : 0, arbitrary: fc.constant(truncateStmt) },
    { weight: 1, arbitrary: fc.constant(reseedStmt(opts.seedSql, opts.seedFiles)) },
  );
}

/** A step; it may have no statements (a refresh with nothing to do, or of changes left unrefreshed). */
export function stepArb(opts: SequenceOptions): fc.Arbitrary<Step> {
  const tx = fc.oneof(
    { weight: 8, arbitrary: fc.constant<TxMode>('autocommit') },
    { weight: 8, arbitrary: fc.constant<TxMode>('transaction') },
    { weight: 1, arbitrary: fc.constant<TxMode>('rollback') },
    { weight: 2, arbitrary: fc.constant<TxMode>('savepoint') },
    { weight: 2, arbitrary: fc.constant<TxMode>('refresh-inside') },
  );
  const refresh: fc.Arbitrary<StepRefresh> = fc.oneof(
    { weight: 6, arbitrary: fc.constant<StepRefresh>('all') },
    { weight: 2, arbitrary: fc.constant<StepRefresh>('none') },
    {
      weight: 2,
      arbitrary: fc.array(fc.constantFrom<RefreshMode>('skip', 'diff', 'full'), {
        minLength: opts.streams.length,
        maxLength: opts.streams.length,
      }),
    },
  );
  const max = opts.maxStatementsPerStep;
  const plain = fc
    .record({ statements: fc.array(statementArb(opts), { minLength: 0, maxLength: max }), tx, refresh })
    .map(({ statements, tx, refresh }) => new Step(statements, tx, refresh, opts.streams));
  const concurrent = fc
    .record({
      t2: fc.array(statementArb(opts, false), { minLength: 0, maxLength: Math.ceil(max / 2) }),
      // No TRUNCATE on the main connection either: its lock can also wait for autovacuum, which would
      // make a skip depend on timing; row locks are only ever held by T2.
      main: fc.array(statementArb(opts, false), { minLength: 0, maxLength: Math.floor(max / 2) }),
      refresh,
    })
    .map(({ t2, main, refresh }) => new Step([...t2, ...main], 'concurrent', refresh, opts.streams, t2.length));
  return fc.oneof({ weight: 10, arbitrary: plain }, { weight: 2, arbitrary: concurrent });
}

export function sequenceArb(opts: SequenceOptions): fc.Arbitrary<Sequence> {
  // minLength 0 and a filter, not minLength 1 (here and for statements): fast-check's array shrinker
  // drops the last item only while the length stays >= minLength, and a failure's trailing steps
  // are usually irrelevant.
  return fc
    .array(stepArb(opts), { minLength: 0, maxLength: opts.maxSteps })
    .filter((steps) => steps.length > 0)
    .map((steps) => new Sequence(steps, opts.streams));
}
