/**
 * `trickle adopt`: take over an install whose objects are named by table OID
 * (change buffers `changes_<oid>`, triggers `pg_trickle_cdc_<oid>`, functions
 * `pg_trickle_cdc_fn_<oid>`, indexes `idx_changes_<oid>_*`, frontiers keyed by
 * OID) and turn it into the first migration of a trickle history, keeping
 * every buffered change and every stream table whose definition is unchanged.
 *
 * Pure: the CLI reads the install (`LegacyInstall`) and writes the result.
 */
import { compareText } from '../order.js';
import { qualifiedKey, type QualifiedName } from '../catalog/catalog.js';
import type { AnalyzedProject, CompiledStreamTable } from '../compile.js';
import { bufferName, bufferTable, stableHash, stableName } from '../diff/context.js';
import { catalogSql, cdcSql, migrationGuardSql, streamTableSql, trackedSources } from '../emit/project.js';
import { triggerFunctionName } from '../emit/naming.js';
import { deparse, parseSql } from '../parser/adapter.js';
import { SourceText } from '../parser/source.js';
import { banner } from '../sql/fragments.js';
import { commentText, ident, literal, qualified } from '../sql/quote.js';
import { historyFiles, migrationFiles, type Layout, type LayoutFile } from './layouts.js';
import { serializeState, stateOf, STATE_FILE } from './state.js';
import { renderSum, SUM_FILE } from './sum.js';

export interface LegacySource {
  readonly oid: number;
  readonly name: QualifiedName;
  /** Indexes of its change buffer (`idx_changes_<oid>_...`). */
  readonly indexes: readonly string[];
  /** Triggers on the source named `pg_trickle_cdc_...<oid>`. */
  readonly triggers: readonly string[];
  /** Trigger functions in pg_trickle_changes named after the OID. */
  readonly functions: readonly string[];
}

export interface LegacyStream {
  readonly name: QualifiedName;
  readonly definingQuery: string;
  /** Column names of its storage table, in order. */
  readonly storageColumns: readonly string[];
}

export interface LegacyInstall {
  readonly sources: readonly LegacySource[];
  readonly streams: readonly LegacyStream[];
}

export class AdoptError extends Error {}

const LEGACY = 'trickle_adopt_legacy';

function normalize(query: string): string {
  try {
    return deparse(parseSql(new SourceText('legacy', query))[0]!.node);
  } catch {
    return query;
  }
}

export function adoptMigration(project: AnalyzedProject, legacy: LegacyInstall, layout: Layout): { files: LayoutFile[]; kept: string[]; rebuilt: string[] } {
  const streams = new Map(project.streams.map((s) => [qualifiedKey(s.name), s]));
  const unknown = legacy.streams.filter((l) => !streams.has(qualifiedKey(l.name)));
  if (unknown.length) {
    throw new AdoptError(`the database has stream tables the project does not define: ${unknown.map((u) => qualifiedKey(u.name)).join(', ')}; add their definitions to streams/ first`);
  }
  const legacyStreams = new Map(legacy.streams.map((l) => [qualifiedKey(l.name), l]));
  const legacySources = new Map(legacy.sources.map((s) => [qualifiedKey(s.name), s]));
  const tracked = trackedSources(project);

  // A stream table is kept (with its rows and frontier) when its definition and storage are unchanged,
  // every source it reads was being captured, and every stream table it reads is kept too.
  const kept = new Set<string>();
  for (const st of project.streams) {
    const key = qualifiedKey(st.name);
    const l = legacyStreams.get(key);
    if (!l || !st.plan) continue;
    const columns = [...st.columns.map((c) => c.name), ...st.plan.hidden];
    const same = normalize(l.definingQuery) === st.definingQuery && JSON.stringify([...l.storageColumns].sort()) === JSON.stringify([...columns].sort());
    const sourcesOk = st.sources.every((s) => legacySources.has(qualifiedKey(s.name)) && (s.kind === 'table' || kept.has(qualifiedKey(s.name))));
    if (same && sourcesOk) kept.add(key);
  }

  const sections: string[] = [migrationGuardSql()];
  sections.push(
    `${banner('the OID-named catalog: backfill stable names and placements, then set it aside')}
DO $pgt$
BEGIN
    IF pg_catalog.to_regclass('pg_trickle.pgt_change_tracking') IS NULL OR NOT EXISTS (
        SELECT 1 FROM information_schema.columns
         WHERE table_schema = 'pg_trickle' AND table_name = 'pgt_change_tracking' AND column_name = 'source_relid') THEN
        RAISE EXCEPTION 'pg_trickle: no OID-named install to adopt in this database';
    END IF;
END
$pgt$;
ALTER TABLE pg_trickle.pgt_change_tracking
  ADD COLUMN IF NOT EXISTS source_stable_name text,
  ADD COLUMN IF NOT EXISTS source_placement text NOT NULL DEFAULT 'local';
UPDATE pg_trickle.pgt_change_tracking AS t
   SET source_stable_name = n.nspname || '.' || c.relname
  FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
 WHERE c.oid = t.source_relid;
ALTER TABLE pg_trickle.pgt_stream_tables
  ADD COLUMN IF NOT EXISTS stable_name text,
  ADD COLUMN IF NOT EXISTS st_placement text NOT NULL DEFAULT 'local';
UPDATE pg_trickle.pgt_stream_tables SET stable_name = pgt_schema || '.' || pgt_name;
ALTER TABLE pg_trickle.pgt_dependencies ADD COLUMN IF NOT EXISTS source_stable_name text;
UPDATE pg_trickle.pgt_dependencies AS d
   SET source_stable_name = n.nspname || '.' || c.relname
  FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
 WHERE c.oid = d.source_relid;
CREATE SCHEMA ${LEGACY};
ALTER TABLE pg_trickle.pgt_dependencies SET SCHEMA ${LEGACY};
ALTER TABLE pg_trickle.pgt_change_tracking SET SCHEMA ${LEGACY};
ALTER TABLE pg_trickle.pgt_stream_tables SET SCHEMA ${LEGACY};
`,
  );
  sections.push(`${banner('the current catalog')}\n${catalogSql()}`);
  sections.push(`CALL pg_trickle.begin_migration(${literal(project.name)}, 1, 'adopt');\n`);

  // Sources: the buffer keeps its rows under its new name; triggers and functions are rebuilt.
  for (const s of [...legacy.sources].sort((a, b) => compareText(qualifiedKey(a.name), qualifiedKey(b.name)))) {
    const key = qualifiedKey(s.name);
    const h = stableHash(stableName(s.name));
    const lines = [
      ...s.triggers.map((t) => `DROP TRIGGER IF EXISTS ${ident(t)} ON ${qualified(s.name.schema, s.name.name)};`),
      ...s.functions.map((f) => `DROP FUNCTION IF EXISTS pg_trickle_changes.${ident(f)}();`),
    ];
    const t = tracked.get(key);
    const readersKept = project.streams.some((st) => kept.has(qualifiedKey(st.name)) && st.sources.some((x) => x.consumesChanges && qualifiedKey(x.name) === key));
    if (!t || !readersKept) {
      lines.push(`DROP TABLE IF EXISTS pg_trickle_changes.${ident(`changes_${s.oid}`)};`);
      sections.push(`${banner(`stop the OID-named capture of ${key} (its buffered changes are not needed)`)}\n${lines.join('\n')}\n`);
      continue;
    }
    lines.push(`ALTER TABLE pg_trickle_changes.${ident(`changes_${s.oid}`)} RENAME TO ${ident(bufferName(s.name))};`);
    for (const idx of s.indexes) lines.push(`ALTER INDEX pg_trickle_changes.${ident(idx)} RENAME TO ${ident(idx.replace(`idx_changes_${s.oid}_`, `idx_changes_${h}_`))};`);
    lines.push(`ALTER TABLE ${bufferTable(s.name)} SET UNLOGGED;`);
    // The install kept TRUNCATE markers in the buffer as 'T' rows; they move to pg_trickle.pgt_truncations.
    lines.push(
      `INSERT INTO pg_trickle.pgt_truncations (source_stable_name, __pgt_change_id, __pgt_xid)`,
      `SELECT ${literal(key)}, c.__pgt_change_id, c.__pgt_xid FROM ${bufferTable(s.name)} AS c WHERE c.__pgt_action = 'T';`,
      `DELETE FROM ${bufferTable(s.name)} AS c WHERE c.__pgt_action = 'T';`,
    );
    sections.push(
      `${banner(`capture of ${key}: changes_${s.oid} becomes ${bufferName(s.name)}, with its buffered changes`)}\n${lines.join('\n')}\n${cdcSql(
        s.name,
        t.kind === 'table' ? 'table' : 'stream table',
        t.columns,
        t.placement,
        t.partitioned,
      )}\nUPDATE pg_trickle.pgt_change_tracking AS t SET source_placement = l.source_placement\n  FROM ${LEGACY}.pgt_change_tracking AS l\n WHERE l.source_stable_name = ${literal(key)} AND t.source_stable_name = ${literal(key)};\n`,
    );
  }
  // Sources the install did not capture yet start being captured now (their readers are rebuilt).
  for (const [key, t] of tracked) {
    if (legacySources.has(key) || streams.has(key)) continue;
    sections.push(`${banner(`capture changes of ${key}`)}\n${cdcSql(t.name, 'table', t.columns, t.placement, t.partitioned)}`);
  }

  const rebuilt: string[] = [];
  for (const st of project.streams) {
    const key = qualifiedKey(st.name);
    const own = tracked.get(key);
    if (kept.has(key)) {
      sections.push(`${banner(`adopt stream table ${key} with its rows and frontier`)}\n${streamTableSql(st, undefined, { adopting: true })}\n${frontierSql(st)}`);
      continue;
    }
    rebuilt.push(key);
    const drops = legacyStreams.has(key) ? `DROP TABLE IF EXISTS ${qualified(st.name.schema, st.name.name)};\n` : '';
    const ownLegacy = legacySources.get(key);
    const dropBuffer = ownLegacy ? `DROP TABLE IF EXISTS pg_trickle_changes.${ident(bufferName(st.name))};\n` : '';
    sections.push(
      `${banner(`${legacyStreams.has(key) ? 'rebuild' : 'create'} stream table ${key} (its definition or storage differs from the install)`)}\n${drops}${dropBuffer}${streamTableSql(st, own ? cdcSql(st.name, 'stream table', own.columns) : undefined)}`,
    );
  }
  sections.push(`${banner('the OID-named catalog is no longer needed')}\nDROP SCHEMA ${LEGACY} CASCADE;\n`);
  sections.push(`CALL pg_trickle.end_migration(${literal(project.name)}, 1, 'adopt');\n`);

  const header = [
    `-- trickle migration 0001_adopt of project ${commentText(project.name)}`,
    '--',
    '-- Takes over an install whose objects are named by table OID: change buffers are renamed',
    '-- to their stable-hash names with every buffered change, trigger functions are rebuilt,',
    '-- the catalog gets stable names and placements, and frontiers are re-keyed by name.',
    `-- Kept with their rows: ${commentText(kept.size ? [...kept].join(', ') : 'none')}.`,
    `-- Rebuilt from scratch: ${commentText(rebuilt.length ? rebuilt.join(', ') : 'none')}.`,
    '-- There is no down script: the OID-named objects are gone.',
    '',
  ].join('\n');
  const migration = { version: 1, name: 'adopt', up: `${header}\n${sections.join('\n')}`, down: undefined };
  const files = migrationFiles(migration, layout, project.name);
  const state = stateOf(project, layout, [{ version: 1, name: 'adopt', down: false }]);
  return {
    files: [
      ...files,
      ...historyFiles([migration], layout, project.name),
      { path: STATE_FILE, content: serializeState(state), role: 'meta' },
      { path: SUM_FILE, content: renderSum(files), role: 'meta' },
    ],
    kept: [...kept],
    rebuilt,
  };
}

/** The kept stream table's frontier, re-keyed from source OIDs to stable names. */
function frontierSql(st: CompiledStreamTable): string {
  return [
    `-- The install's frontier was keyed by source OID; it is re-keyed by 'schema.table'. Where its`,
    `-- sources disagree, the stream table is recomputed at its next refresh (nothing is lost).`,
    `UPDATE pg_trickle.pgt_stream_tables AS s`,
    `   SET frontier_by_source = f.by_source,`,
    `       frontier = CASE WHEN f.snapshots = 1 THEN f.snapshot::pg_snapshot END,`,
    `       frontier_own_xid = NULL,`,
    `       frontier_mark = 0,`,
    `       is_populated = l.is_populated AND f.snapshots = 1,`,
    `       last_refresh_at = l.last_refresh_at,`,
    `       st_placement = l.st_placement`,
    `  FROM ${LEGACY}.pgt_stream_tables AS l,`,
    `       LATERAL (SELECT pg_catalog.jsonb_object_agg(n.nspname || '.' || c.relname, e.value) AS by_source,`,
    `                       count(DISTINCT e.value ->> 'snapshot') AS snapshots,`,
    `                       min(e.value ->> 'snapshot') AS snapshot`,
    `                  FROM pg_catalog.jsonb_each(l.frontier) AS e`,
    `                  JOIN pg_catalog.pg_class AS c ON c.oid = e.key::oid`,
    `                  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace) AS f`,
    ` WHERE l.pgt_schema = ${literal(st.name.schema)} AND l.pgt_name = ${literal(st.name.name)}`,
    `   AND s.stable_name = ${literal(stableName(st.name))};`,
    `-- It has consumed from the buffers as they are: their current generations.`,
    `UPDATE pg_trickle.pgt_dependencies AS d SET buffer_generation = g.generation`,
    `  FROM pg_trickle.pgt_buffer_generations AS g, pg_trickle.pgt_stream_tables AS s`,
    ` WHERE g.source_stable_name = d.source_stable_name AND s.pgt_id = d.pgt_id AND s.stable_name = ${literal(stableName(st.name))} AND d.consumes_changes;`,
    '',
  ].join('\n');
}


export { triggerFunctionName };
