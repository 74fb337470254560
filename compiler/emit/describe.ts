/** One-line descriptions of operators, for `trickle explain` and comments in generated SQL. */
import { columnRefNode, renderItem } from '../ir/expr.js';
import { visitOp, type Op, type SourceRelation } from '../ir/ops.js';
import { groupByList } from '../sql/fragments.js';

export function describeOp(op: Op): string {
  const over = (input: Op) => (i: number) => columnRefNode(input.columns[i]!.name);
  return visitOp<string>(op, {
    scan: (o) => `scan ${o.source.name.schema}.${o.source.name.name}${o.alias !== o.source.name.name ? ` AS ${o.alias}` : ''}${placementNote(o.source)}`,
    filter: (o) => `filter ${renderItem(o.predicate, over(o.input))}`,
    project: (o) => `project ${o.exprs.map((e, i) => {
      const text = renderItem(e, over(o.input));
      return text === o.columns[i]!.name ? text : `${text} AS ${o.columns[i]!.name}`;
    }).join(', ')}`,
    join: (o) => `inner join${o.predicate ? ` on ${renderItem(o.predicate, over(o))}` : ' (cross)'}`,
    outerJoin: (o) => `${o.preserve} outer join on ${renderItem(o.predicate, over(o))}`,
    semiJoin: (o) => {
      // The condition reads the left's columns, then the right's (named as in the right's own output).
      const n = o.left.columns.length;
      const col = (i: number) => (i < n ? columnRefNode(o.left.columns[i]!.name) : columnRefNode(o.right.columns[i - n]!.name, 'sub'));
      return `${o.anti ? 'anti join (NOT EXISTS)' : 'semi join (EXISTS)'} on ${renderItem(o.predicate, col)}`;
    },
    aggregate: (o) => {
      const keys = o.groupBy.map((g) => renderItem(g, over(o.input)));
      return `aggregate ${o.aggregates.map((a) => a.text).join(', ')}${keys.length ? ` group by ${groupByList(keys, o.groupingSets)}` : ' (one group)'}`;
    },
    distinct: () => 'distinct',
    union: (o) => `union all of ${o.inputs.length} inputs`,
    window: (o) => `window ${o.calls.map((c) => renderItem(c, over(o.input))).join(', ')}`,
    values: (o) => `values (${o.rows.length} ${o.rows.length === 1 ? 'row' : 'rows'})`,
    recursive: (o) => `recursive WITH query ${o.name} (recomputed when its tables change; its changes are its rows now minus as they were)`,
    topN: (o) => `first ${o.limit} ${o.limit === 1 ? 'row' : 'rows'} by ${o.orderBy.map((k) => `${o.input.columns[k.column]!.name}${k.descending ? ' DESC' : ''}${k.nullsFirst !== k.descending ? ` NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}` : ''}`).join(', ')}`,
    lateralFunction: (o) => `${o.leftJoin ? 'left join lateral' : 'lateral'} ${renderItem(o.call, over(o.input))}${o.ordinality ? ' with ordinality' : ''}${o.leftJoin ? ` on ${renderItem(o.leftJoin.on, over(o))}` : ''}`,
  });
}

function placementNote(source: SourceRelation): string {
  if (source.kind === 'stream') return ' (stream table)';
  if (source.distributed) return ' (Citus distributed: changes pulled from every node)';
  if (source.readFrom) return " (Citus: read from the coordinator's copy)";
  return '';
}
