/**
 * Which columns of each scan a query reads: those its output, conditions, groups and aggregates
 * depend on, followed down from the root. A scan's other columns reach no result (a column of a
 * table that the query never names, or names only in a subquery's SELECT list that is dropped).
 * Where an operator's use is hard to follow (DISTINCT, set operations, windows, recursive WITH,
 * top n), all of its input's columns count as read: the answer may say too much, never too little.
 */
import { columnsOf, type Expr } from './expr.js';
import { visitOp, type Op, type Scan } from './ops.js';

/** The indexes of each scan's columns the query reads. */
export function scanColumnsRead(root: Op): Map<Scan, Set<number>> {
  const read = new Map<Scan, Set<number>>();
  const all = (op: Op) => new Set(op.columns.map((_, i) => i));
  const exprs = (es: readonly (Expr | undefined)[]) => es.flatMap((e) => (e ? columnsOf(e) : []));
  // The columns of a row of several inputs (a join), to each input by its offset.
  const split = (inputs: readonly Op[], columns: Iterable<number>) => {
    let offset = 0;
    for (const input of inputs) {
      const own = new Set<number>();
      for (const c of columns) if (c >= offset && c < offset + input.columns.length) own.add(c - offset);
      need(input, own);
      offset += input.columns.length;
    }
  };
  const need = (op: Op, columns: Set<number>): void =>
    visitOp<void>(op, {
      scan: (o) => {
        const set = read.get(o) ?? new Set<number>();
        for (const c of columns) set.add(c);
        read.set(o, set);
      },
      filter: (o) => need(o.input, new Set([...columns, ...columnsOf(o.predicate)])),
      // A set-returning expression decides how many rows there are, whether its column is read or not.
      project: (o) => need(o.input, new Set(exprs(o.exprs.filter((_, i) => columns.has(i) || o.setReturning)))),
      join: (o) => split(o.inputs, new Set([...columns, ...exprs([o.predicate])])),
      outerJoin: (o) => split([o.left, o.right], new Set([...columns, ...columnsOf(o.predicate)])),
      semiJoin: (o) => split([o.left, o.right], new Set([...columns, ...columnsOf(o.predicate)])),
      aggregate: (o) => need(o.input, new Set([...exprs(o.groupBy), ...o.aggregates.flatMap((a) => exprs([a.arg, a.call]))])),
      distinct: (o) => need(o.input, all(o.input)),
      union: (o) => o.inputs.forEach((i) => need(i, all(i))),
      window: (o) => need(o.input, all(o.input)),
      values: () => undefined,
      lateralFunction: (o) => {
        const width = o.input.columns.length;
        const own = [...columns].filter((c) => c < width);
        need(o.input, new Set([...own, ...columnsOf(o.call), ...(o.leftJoin ? columnsOf(o.leftJoin.on) : [])].filter((c) => c < width)));
      },
      recursive: (o) => {
        need(o.base, all(o.base));
        need(o.step, all(o.step));
      },
      topN: (o) => need(o.input, all(o.input)),
    });
  need(root, all(root));
  return read;
}
