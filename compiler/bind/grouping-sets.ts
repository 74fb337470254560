/**
 * GROUP BY with GROUPING SETS, ROLLUP or CUBE, expanded into the list of grouping sets it stands
 * for, as PostgreSQL does (expand_grouping_sets): each item of GROUP BY gives a list of sets, and
 * the query's sets are every combination of one set per item, joined. A set is the indices of its
 * grouping expressions, in the order `keyOf` numbered them.
 */
import type { GroupingSet, Node } from '@pgsql/types';

export type GroupingSets = readonly (readonly number[])[];

// PostgreSQL refuses more ("too many grouping sets present (maximum 4096)").
const MAX_SETS = 4096;

/**
 * The grouping sets of a GROUP BY clause; undefined when it has no GROUPING SETS, ROLLUP or CUBE.
 * `keyOf` binds one grouping expression and returns its index among the distinct ones.
 */
export function expandGroupingSets(
  items: readonly Node[],
  distinct: boolean,
  keyOf: (node: Node) => number,
  fail: (message: string, location: number | undefined) => never,
): GroupingSets | undefined {
  if (!items.some((g) => 'GroupingSet' in g)) return undefined;
  let sets: number[][] = [[]];
  for (const item of items) {
    const choices = setsOf(item, keyOf, fail);
    const next: number[][] = [];
    for (const left of sets) for (const right of choices) next.push(union(left, right));
    if (next.length > MAX_SETS) fail(`too many grouping sets present (maximum ${MAX_SETS})`, location(item));
    sets = next;
  }
  if (distinct) {
    const seen = new Set<string>();
    sets = sets.filter((s) => {
      const id = setId(s);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  return sets;
}

/** A set's keys, whatever their order (to tell repeated sets). */
export function setId(set: readonly number[]): string {
  return [...set].sort((a, b) => a - b).join(',');
}

/** The sets one item of GROUP BY (or of a GROUPING SETS list) stands for. */
function setsOf(item: Node, keyOf: (node: Node) => number, fail: (message: string, location: number | undefined) => never): number[][] {
  if (!('GroupingSet' in item)) return [elementOf(item, keyOf)];
  const g: GroupingSet = item.GroupingSet;
  const content = g.content ?? [];
  switch (g.kind) {
    case 'GROUPING_SET_EMPTY':
      return [[]];
    case 'GROUPING_SET_SIMPLE':
      return [content.flatMap((c) => elementOf(c, keyOf))];
    case 'GROUPING_SET_ROLLUP': {
      // ROLLUP (a, (b, c)) = GROUPING SETS ((a, b, c), (a), ())
      const elements = content.map((c) => elementOf(c, keyOf));
      return elements.map((_, i) => elements.slice(0, elements.length - i).flat()).concat([[]]);
    }
    case 'GROUPING_SET_CUBE': {
      // CUBE (a, b) = GROUPING SETS ((a, b), (a), (b), ())
      const elements = content.map((c) => elementOf(c, keyOf));
      if (elements.length > 12) fail(`CUBE is limited to 12 elements`, g.location);
      const out: number[][] = [];
      for (let mask = (1 << elements.length) - 1; mask >= 0; mask--) {
        out.push(elements.filter((_, i) => mask & (1 << (elements.length - 1 - i))).flat());
      }
      return out;
    }
    case 'GROUPING_SET_SETS':
      return content.flatMap((c) => setsOf(c, keyOf, fail));
    default:
      return fail(`unknown kind of grouping set ${String(g.kind)}`, g.location);
  }
}

/** An element of ROLLUP, CUBE or a grouping set: an expression, or a parenthesised list of them. */
function elementOf(node: Node, keyOf: (node: Node) => number): number[] {
  if ('RowExpr' in node && node.RowExpr.row_format === 'COERCE_IMPLICIT_CAST') return unique((node.RowExpr.args ?? []).map(keyOf));
  return [keyOf(node)];
}

function union(a: readonly number[], b: readonly number[]): number[] {
  return unique([...a, ...b]);
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}

function location(node: Node): number | undefined {
  return 'GroupingSet' in node ? node.GroupingSet.location : undefined;
}
