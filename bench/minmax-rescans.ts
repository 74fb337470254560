/**
 * How many groups of agg_minmax a 1 % batch forces to be rescanned, today and with a sorted
 * prefix of the K best values per extreme (K = 2 is a "runner-up"). A simulation of the bench's
 * workload in memory, no database: it backs the design note in docs/BENCHMARKS.md.
 *
 *   npx tsx bench/minmax-rescans.ts [K]     (default 2; ~1 minute)
 */
import { perKind } from './lib/measure.js';
import { CUSTOMERS, prng } from './lib/workload.js';

type Row = readonly [group: number, value: number] | null;
interface State {
  readonly best: { readonly min: number[]; readonly max: number[] };
  readonly n: number;
}

const K = Number(process.argv[2] ?? 2);
const GROUPS = CUSTOMERS;
const ORDERS = 1_000_000;
const PER_KIND = perKind(ORDERS, 0.01);

const rnd = prng(42);
const amount = () => Math.floor(rnd() * 50_001) / 100;

const rows: Row[] = [];
for (let i = 0; i < ORDERS; i++) rows.push([Math.floor(rnd() * GROUPS), amount()]);

const valuesByGroup = (): number[][] => {
  const g: number[][] = Array.from({ length: GROUPS }, () => []);
  for (const r of rows) if (r) g[r[0]]!.push(r[1]);
  return g;
};
const prefix = (values: readonly number[], dir: number) => [...values].sort((a, b) => dir * (a - b)).slice(0, K);
const stateOf = (values: readonly number[]): State => ({ best: { min: prefix(values, 1), max: prefix(values, -1) }, n: values.length });

let state: State[] = [];
const fullRefresh = () => (state = valuesByGroup().map(stateOf));

/** One batch as the bench makes it, then one refresh: returns the rescans of each rule. */
function batch(): { today: number; prefix: number; touched: number } {
  const del = new Map<number, number[]>();
  const ins = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, g: number, v: number) => (m.get(g) ?? m.set(g, []).get(g)!).push(v);
  const live = (): number => {
    for (;;) {
      const i = Math.floor(rnd() * rows.length);
      if (rows[i]) return i;
    }
  };
  for (let k = 0; k < PER_KIND; k++) {
    const g = Math.floor(rnd() * GROUPS);
    const v = amount();
    rows.push([g, v]);
    add(ins, g, v);
  }
  for (let k = 0; k < PER_KIND; k++) {
    const i = live();
    const [g, v] = rows[i]!;
    const nv = amount();
    add(del, g, v);
    add(ins, g, nv);
    rows[i] = [g, nv];
  }
  for (let k = 0; k < PER_KIND; k++) {
    const i = live();
    const [g, v] = rows[i]!;
    add(del, g, v);
    rows[i] = null;
  }

  let today = 0;
  let rescans = 0;
  let current: number[][] | undefined;
  const touched = new Set([...del.keys(), ...ins.keys()]);
  for (const g of touched) {
    const d = del.get(g) ?? [];
    const i = ins.get(g) ?? [];
    const st = state[g]!;
    const n = st.n - d.length + i.length;
    // Today's rule (compiler/diff/plan.ts): a deleted value at or beyond the extreme, unless the
    // best inserted value reaches the old extreme and beats every deleted one.
    let rescanToday = false;
    const next: Record<'min' | 'max', number[]> = { min: [], max: [] };
    for (const [side, dir] of [['min', 1], ['max', -1]] as const) {
      const better = (a: number, b: number) => dir * (a - b) < 0;
      const bestOf = (xs: readonly number[]) => xs.reduce((a, b) => (better(a, b) ? a : b));
      const old = st.best[side][0];
      if (d.length && old !== undefined) {
        const bd = bestOf(d);
        const bi = i.length ? bestOf(i) : undefined;
        if (!better(old, bd) && !(bi !== undefined && !better(old, bi) && better(bi, bd))) rescanToday = true;
      }
      // The prefix rule: remove deletions within the prefix, add insertions within it (all of them
      // when the prefix held the whole group), keep the K best.
      const p = st.best[side];
      const complete = st.n <= p.length;
      const last = p[p.length - 1];
      const within = (v: number) => complete || (last !== undefined && dir * (v - last) <= 0);
      const bag = new Map<number, number>();
      for (const v of p) bag.set(v, (bag.get(v) ?? 0) + 1);
      for (const v of d) {
        const c = bag.get(v);
        if (within(v) && c !== undefined) c > 1 ? bag.set(v, c - 1) : bag.delete(v);
      }
      for (const v of i) if (within(v)) bag.set(v, (bag.get(v) ?? 0) + 1);
      next[side] = prefix([...bag].flatMap(([v, c]) => Array<number>(c).fill(v)), dir);
    }
    if (rescanToday) today++;
    if (n > 0 && (next.min.length === 0 || next.max.length === 0)) {
      rescans++;
      current ??= valuesByGroup();
      state[g] = stateOf(current[g]!);
    } else {
      state[g] = { best: next, n };
    }
  }
  return { today, prefix: rescans, touched: touched.size };
}

console.log(`K = ${K}`);
const timed = [];
for (let r = 0; r < 5; r++) {
  fullRefresh();
  batch(); // the bench's untimed round after its full refresh
  timed.push(batch());
}
console.log('the refresh the bench times (2nd batch after a full refresh):', JSON.stringify(timed));
fullRefresh();
const steady = [];
for (let b = 1; b <= 300; b++) {
  const x = batch();
  if (b % 50 === 0) steady.push({ batch: b, ...x });
}
console.log('without full refreshes:', JSON.stringify(steady));
