/**
 * Names shared between the delta SQL and the runtime: change buffers,
 * the frontier variables of a refresh function, and the consumed-change test.
 */
import { createHash } from 'node:crypto';
import type { QualifiedName } from '../catalog/catalog.js';
import { ident, literal, qualified } from '../sql/quote.js';

export const CATALOG_SCHEMA = 'pg_trickle';
export const CHANGES_SCHEMA = 'pg_trickle_changes';

const hashes = new Map<string, string>();

/**
 * The stable hash naming every per-source and per-stream-table object.
 * Must agree with `pg_trickle.stable_hash(text)` in templates/catalog.sql:
 * the first 16 hex digits of md5 over the UTF-8 text.
 */
export function stableHash(text: string): string {
  // Asked for the same few names thousands of times in a large project.
  let h = hashes.get(text);
  if (h === undefined) {
    h = createHash('md5').update(text, 'utf8').digest('hex').slice(0, 16);
    hashes.set(text, h);
  }
  return h;
}

/** `schema.name`, unquoted: the text every stable hash is taken of. */
export function stableName(q: QualifiedName): string {
  return `${q.schema}.${q.name}`;
}

export function bufferName(source: QualifiedName): string {
  return `changes_${stableHash(stableName(source))}`;
}

export function bufferTable(source: QualifiedName): string {
  return qualified(CHANGES_SCHEMA, bufferName(source));
}

/** The view over the coordinator's copy of a Citus reference (or Citus local) table. */
export function copyView(source: QualifiedName): QualifiedName {
  return { schema: CHANGES_SCHEMA, name: `copy_${stableHash(stableName(source))}` };
}

// ---- Citus distributed sources ---------------------------------------------------
//
// A distributed source's changes are captured on the worker that stores each row, into a
// distributed buffer co-located with the source, with the worker's own transaction id and node
// group. A refresh reads every node's snapshot (`pg_trickle.node_snapshots()`, a jsonb object
// keyed by node group), pulls the changes visible in it and not in the previous one into a
// temporary table on the coordinator, and computes its delta from there in one local statement.

/** PL/pgSQL variable: the snapshot of every node, taken by this refresh. */
export const NODES = '__pgt_nodes';
/** PL/pgSQL variable: the node snapshots as read, before a full refresh counts its own writes in (pg_trickle.with_own_writes). */
export const NODES_SEEN = '__pgt_nodes_seen';
/** PL/pgSQL variable: the previous refresh's frontier by source (each distributed source's, by node). */
export const PREV_BY_SOURCE = '__pgt_prev_by_source';
/** PL/pgSQL variable: per node, below which transaction id every reader consumed a distributed buffer. */
export const BOUNDS = '__pgt_bounds';

/** The temporary table a refresh pulls a distributed source's unconsumed changes into. */
export function pulledChanges(source: QualifiedName): string {
  return `pg_temp.${ident(`__pgt_changes_${stableHash(stableName(source))}`)}`;
}

/** Is a distributed buffer row `alias` visible in the snapshot of its node in `snapshots` (jsonb)? */
export function visibleOnNode(alias: string, snapshots: string): string {
  return `pg_visible_in_snapshot(${alias}.__pgt_xid, (${snapshots} ->> ${alias}.__pgt_node::text)::pg_snapshot)`;
}

/** PL/pgSQL statements: pull the changes of `source` visible to this refresh and not to the previous one. */
export function pullChangesSql(source: QualifiedName, columns: readonly string[]): string {
  const temp = pulledChanges(source);
  const prev = `(${PREV_BY_SOURCE} -> ${literal(stableName(source))})`;
  return [
    `IF pg_catalog.to_regclass(${literal(temp)}) IS NOT NULL THEN`,
    `    DROP TABLE ${temp};`,
    `END IF;`,
    `CREATE TEMP TABLE ${temp.slice('pg_temp.'.length)} ON COMMIT DROP AS`,
    `SELECT c.__pgt_action, ${columns.map((c) => `c.${ident(c)}`).join(', ')}`,
    `  FROM ${bufferTable(source)} AS c`,
    ` WHERE ${visibleOnNode('c', NODES)}`,
    `   AND NOT coalesce(${visibleOnNode('c', prev)}, false);`,
  ].join('\n');
}

/**
 * PL/pgSQL statements run after the frontier is recorded: delete, node by node, the changes of a
 * distributed `source` older than every reader's frontier on that node.
 */
export function releaseDistributedSql(source: QualifiedName): string {
  const sn = literal(stableName(source));
  // The bounds are read first, by a local statement: Citus takes the DELETE alone. None while
  // another transaction holds the source's release (pg_trickle.may_release).
  return [
    `SELECT jsonb_object_agg(b.node, b.bound) FILTER (WHERE pg_trickle.may_release(${sn})) INTO ${BOUNDS}`,
    `  FROM (SELECT k.node, min(pg_snapshot_xmin((r.frontier_by_source -> ${sn} ->> k.node)::pg_snapshot))::text AS bound`,
    `          FROM jsonb_object_keys(${NODES}) AS k(node)`,
    `         CROSS JOIN pg_trickle.pgt_dependencies AS d`,
    `          JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id`,
    `         WHERE d.source_stable_name = ${sn} AND d.consumes_changes`,
    `         GROUP BY k.node`,
    `        HAVING bool_and(coalesce(r.frontier_by_source -> ${sn} ? k.node, false))) AS b;`,
    `DELETE FROM ${bufferTable(source)} AS c WHERE c.__pgt_xid < (${BOUNDS} ->> c.__pgt_node::text)::xid8;`,
  ].join('\n');
}

/** PL/pgSQL variables holding the frontier of the previous refresh. */
export const PREV = {
  snapshot: '__pgt_prev_snapshot',
  ownXid: '__pgt_prev_own_xid',
  mark: '__pgt_prev_mark',
} as const;

/** Has change row `alias` not been consumed by the previous refresh? */
export function unconsumed(alias: string): string {
  return `NOT pg_trickle.consumed(${alias}.__pgt_xid, ${alias}.__pgt_change_id, ${PREV.snapshot}, ${PREV.ownXid}, ${PREV.mark})`;
}

/** A query for the changes of `source` the previous refresh has not consumed (for EXISTS). */
export function unconsumedChanges(source: QualifiedName): string {
  return `SELECT FROM ${bufferTable(source)} AS c WHERE ${unconsumed('c')}`;
}

/** Name of the CTE that releases the consumed changes of `source`. */
export function releaseCteName(source: QualifiedName): string {
  return `__pgt_release_${stableHash(stableName(source))}`;
}

/** PL/pgSQL variable: below which transaction id every other reader of `source` has consumed its changes. */
export function releaseBoundVar(source: QualifiedName): string {
  return `__pgt_bound_${stableHash(stableName(source))}`;
}

/**
 * The bound of `releaseBoundVar`: the oldest xmin of the other readers' frontiers (a transaction
 * older than a snapshot's xmin had ended when it was taken, so its changes are consumed), '0' while
 * one of them has none yet or another transaction holds the source's release
 * (pg_trickle.may_release), NULL when there is no other reader.
 */
export function releaseBoundSql(st: QualifiedName, source: QualifiedName): string {
  return [
    `(SELECT CASE WHEN bool_or(r.frontier IS NULL) OR NOT pg_trickle.may_release(${literal(stableName(source))}) THEN '0'::xid8 ELSE min(pg_snapshot_xmin(r.frontier)) END`,
    `   FROM pg_trickle.pgt_dependencies AS d JOIN pg_trickle.pgt_stream_tables AS r ON r.pgt_id = d.pgt_id`,
    `  WHERE d.source_stable_name = ${literal(stableName(source))} AND d.consumes_changes AND r.stable_name <> ${literal(stableName(st))})`,
  ].join('\n');
}

/**
 * Deletes the changes of `source` that every reader has consumed once this statement's frontier is
 * committed: those older than the other readers' bound and than this statement's own snapshot (or,
 * for a refresh that found nothing new, than its unchanged frontier).
 * (Changes consumed by all but younger than a bound, when a long writer held the bound back, go in
 * a later refresh.) Part of the statement that records the frontier, so it sees the same snapshot.
 */
export function releaseSql(source: QualifiedName, ownFrontier = 'pg_current_snapshot()'): string {
  return `DELETE FROM ${bufferTable(source)} AS c\n WHERE ${releaseSmallVar(source)} AND c.__pgt_xid < least(${releaseBoundVar(source)}, pg_snapshot_xmin(${ownFrontier}))`;
}

/** PL/pgSQL variable: is the buffer of `source` small? A large one is released by the caller (pg_trickle.release_large_buffer). */
export function releaseSmallVar(source: QualifiedName): string {
  return `__pgt_small_${stableHash(stableName(source))}`;
}

export function releaseSmallSql(source: QualifiedName): string {
  return `NOT pg_trickle.is_large_buffer(${literal(bufferTable(source))}::regclass)`;
}

/** The TRUNCATE markers of the sources that every reader has consumed (they lead to a full refresh). */
export function releaseTruncationsSql(sources: readonly QualifiedName[], ownFrontier = 'pg_current_snapshot()'): string {
  const conds = sources.map(
    (s) => `(c.source_stable_name = ${literal(stableName(s))} AND c.__pgt_xid < least(${releaseBoundVar(s)}, pg_snapshot_xmin(${ownFrontier})))`,
  );
  return `DELETE FROM pg_trickle.pgt_truncations AS c\n WHERE ${conds.join('\n    OR ')}`;
}

/**
 * The CTE that records the new frontier in the same statement (so under the
 * same snapshot) that reads the sources; or, given `snapshot`, the snapshot an
 * earlier statement of the same transaction read the sources with.
 */
export function frontierCaptureSql(
  st: QualifiedName,
  sources: readonly QualifiedName[],
  snapshot = 'pg_current_snapshot()',
  distributed: ReadonlySet<string> = new Set(),
): string {
  const bySource = sources.length
    ? `jsonb_build_object(${sources.map((s) => `${literal(stableName(s))}, ${distributed.has(stableName(s)) ? NODES : `${snapshot}::text`}`).join(', ')})`
    : "'{}'::jsonb";
  return [
    'UPDATE pg_trickle.pgt_stream_tables',
    `   SET frontier = ${snapshot},`,
    '       frontier_own_xid = pg_current_xact_id_if_assigned(),',
    "       frontier_mark = coalesce(pg_sequence_last_value('pg_trickle.pgt_change_seq'::regclass), 0),",
    `       frontier_by_source = ${bySource}`,
    ` WHERE pgt_schema = ${literal(st.schema)} AND pgt_name = ${literal(st.name)}`,
  ].join('\n');
}
