/**
 * The benchmark's data and change batches (docs/BENCHMARKS.md):
 *   customers(id, name, region): 10,000 rows over 8 regions;
 *   orders(id, customer_id, amount, status, created_at): 1,000,000 rows (100,000 with --quick),
 *   customer_id uniform over the customers, amount uniform in 0..500, status open/paid/void,
 *   all drawn with random() after a fixed setseed, so every run loads the same rows.
 *
 * A change batch of b rows is b/3 INSERTs of new ids, b/3 UPDATEs (amount and status) of live rows
 * and b/3 DELETEs of other live rows, each kind as ONE statement. Which rows are updated and deleted
 * is drawn here (seeded PRNG) from the ids known to be live, so the table keeps its size and every
 * batch touches rows no earlier batch deleted.
 */
import type pg from 'pg';

export const CUSTOMERS = 10_000;
export const REGIONS = ['north', 'south', 'east', 'west', 'central', 'coast', 'mountains', 'islands'] as const;
export const STATUSES = ['open', 'paid', 'void'] as const;

const STATUS_ARRAY = `(ARRAY['open', 'paid', 'void'])[1 + floor(random() * 3)::int]`;
const AMOUNT = `round((random() * 500)::numeric, 2)`;

/** Fills customers and orders; must run in one session (setseed applies to the session). */
export async function loadData(client: pg.ClientBase, orders: number): Promise<void> {
  await client.query(`SELECT setseed(0.42)`);
  await client.query(
    `INSERT INTO customers (id, name, region)
     SELECT i, 'customer ' || i, (ARRAY[${REGIONS.map((r) => `'${r}'`).join(', ')}])[1 + (i - 1) % ${REGIONS.length}]
       FROM generate_series(1, ${CUSTOMERS}) AS i`,
  );
  await client.query(
    `INSERT INTO orders (id, customer_id, amount, status, created_at)
     SELECT g, 1 + floor(random() * ${CUSTOMERS})::int, ${AMOUNT}, ${STATUS_ARRAY},
            timestamp '2024-01-01' + g * interval '15 seconds'
       FROM generate_series(1, $1::bigint) AS g`,
    [orders],
  );
}

/** `table` is a fixed name of the harness, never user input. */
export function insertSql(table: string): string {
  return `INSERT INTO ${table} (id, customer_id, amount, status, created_at)
SELECT g, 1 + floor(random() * ${CUSTOMERS})::int, ${AMOUNT}, ${STATUS_ARRAY}, timestamp '2024-01-01' + g * interval '15 seconds'
  FROM generate_series($1::bigint, $2::bigint) AS g`;
}

export function updateSql(table: string): string {
  return `UPDATE ${table} SET amount = ${AMOUNT}, status = ${STATUS_ARRAY} WHERE id = ANY ($1::bigint[])`;
}

export function deleteSql(table: string): string {
  return `DELETE FROM ${table} WHERE id = ANY ($1::bigint[])`;
}

export function singleInsertSql(table: string): string {
  return `INSERT INTO ${table} (id, customer_id, amount, status, created_at) VALUES ($1, $2, $3, $4, $5)`;
}

/** mulberry32: a small, seeded, reproducible PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Batch {
  /** New ids [insertFrom, insertTo]. */
  readonly insertFrom: number;
  readonly insertTo: number;
  readonly updateIds: number[];
  readonly deleteIds: number[];
  /** Seed for setseed() before the statements, so the new values are reproducible. */
  readonly seed: number;
}

/** The set of live order ids, with sampling without replacement in O(sample size). */
export class LiveIds {
  private readonly ids: number[];
  private next: number;
  private readonly random: () => number;
  private batches = 0;

  constructor(count: number, seed = 7) {
    this.ids = Array.from({ length: count }, (_, i) => i + 1);
    this.next = count + 1;
    this.random = prng(seed);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Draws a batch of `perKind` inserts, updates and deletes, and records its effect. */
  draw(perKind: number): Batch {
    const n = this.ids.length;
    const k = Math.min(perKind, Math.floor(n / 2));
    // Partial Fisher-Yates: the first 2k positions become a uniform sample without replacement.
    for (let j = 0; j < 2 * k; j++) {
      const r = j + Math.floor(this.random() * (n - j));
      const t = this.ids[j]!;
      this.ids[j] = this.ids[r]!;
      this.ids[r] = t;
    }
    const updateIds = this.ids.slice(0, k);
    const deleteIds = this.ids.slice(k, 2 * k);
    // Remove the deleted ids (positions k..2k-1) by moving the tail into their places.
    for (let idx = 2 * k - 1; idx >= k; idx--) {
      this.ids[idx] = this.ids[this.ids.length - 1]!;
      this.ids.pop();
    }
    const insertFrom = this.next;
    const insertTo = this.next + perKind - 1;
    for (let id = insertFrom; id <= insertTo; id++) this.ids.push(id);
    this.next = insertTo + 1;
    this.batches++;
    return { insertFrom, insertTo, updateIds, deleteIds, seed: ((this.batches * 7919) % 1999) / 2000 - 0.5 };
  }

  /** Reserves `count` new ids (for single-row inserts) and returns the first. */
  reserve(count: number): number {
    const first = this.next;
    for (let id = first; id < first + count; id++) this.ids.push(id);
    this.next += count;
    return first;
  }
}
