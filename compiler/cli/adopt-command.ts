/** `trickle adopt`: reads an OID-named install from a database and writes the migration that takes it over. */
import pg from 'pg';
import { relative } from 'node:path';
import { analyzeProject } from '../compile.js';
import { TrickleError } from '../errors.js';
import { adoptMigration, AdoptError, type LegacyInstall } from '../migrate/adopt.js';
import { STATE_FILE } from '../migrate/state.js';
import { outDirOf, parseLayout } from './history-command.js';
import { readFolder, writeFolder } from './history-io.js';
import { loadProject } from './load.js';

export async function readLegacyInstall(client: pg.ClientBase): Promise<LegacyInstall> {
  const legacy = await client.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = 'pg_trickle' AND table_name = 'pgt_change_tracking' AND column_name = 'source_relid'`,
  );
  if (!legacy.rowCount) throw new TrickleError('adopt: this database holds no OID-named install (pg_trickle.pgt_change_tracking.source_relid not found)');
  const sources = await client.query(
    `SELECT t.source_relid::bigint AS oid, n.nspname AS schema, c.relname AS name,
            ARRAY(SELECT i.relname::text FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                   WHERE x.indrelid = pg_catalog.to_regclass('pg_trickle_changes.changes_' || t.source_relid)
                     AND i.relname LIKE 'idx_changes_' || t.source_relid || '_%' ORDER BY 1) AS indexes,
            ARRAY(SELECT g.tgname::text FROM pg_trigger g WHERE g.tgrelid = t.source_relid AND NOT g.tgisinternal
                     AND g.tgname LIKE 'pg_trickle_cdc_%' ORDER BY 1) AS triggers,
            ARRAY(SELECT p.proname::text FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace
                   WHERE pn.nspname = 'pg_trickle_changes' AND p.proname LIKE 'pg_trickle_cdc_%' AND p.proname LIKE '%\\_' || t.source_relid ORDER BY 1) AS functions
       FROM pg_trickle.pgt_change_tracking t
       JOIN pg_class c ON c.oid = t.source_relid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      ORDER BY 2, 3`,
  );
  const streams = await client.query(
    `SELECT s.pgt_schema AS schema, s.pgt_name AS name, s.defining_query AS query,
            ARRAY(SELECT a.attname::text FROM pg_attribute a
                   WHERE a.attrelid = pg_catalog.to_regclass(pg_catalog.quote_ident(s.pgt_schema) || '.' || pg_catalog.quote_ident(s.pgt_name))
                     AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
       FROM pg_trickle.pgt_stream_tables s ORDER BY 1, 2`,
  );
  return {
    sources: sources.rows.map((r) => ({
      oid: Number(r.oid),
      name: { schema: String(r.schema), name: String(r.name) },
      indexes: r.indexes as string[],
      triggers: r.triggers as string[],
      functions: r.functions as string[],
    })),
    streams: streams.rows.map((r) => ({ name: { schema: String(r.schema), name: String(r.name) }, definingQuery: String(r.query), storageColumns: r.columns as string[] })),
  };
}

export async function adoptCommand(opts: { dir: string; out?: string | undefined; layout?: string | undefined; databaseUrl: string }): Promise<number> {
  const project = analyzeProject(loadProject(opts.dir));
  const outDir = outDirOf(project, opts.out, opts.dir);
  const shown = relative(process.cwd(), outDir) || outDir;
  const existing = readFolder(outDir);
  if (existing.has(STATE_FILE)) throw new TrickleError(`${shown}: already holds a migration history; adopt writes the first migration of a new one`);
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  try {
    await client.connect();
  } catch (e) {
    throw new TrickleError(`adopt: cannot connect to the database: ${(e as Error).message}`);
  }
  try {
    const legacy = await readLegacyInstall(client);
    const result = adoptMigration(project, legacy, parseLayout(opts.layout) ?? 'plain');
    writeFolder(outDir, result.files, existing);
    process.stdout.write(
      `${shown}: wrote ${result.files.filter((f) => f.role === 'up').map((f) => f.path).join(', ')}\n` +
        `  kept with their rows and buffered changes: ${result.kept.join(', ') || 'none'}\n` +
        `  rebuilt: ${result.rebuilt.join(', ') || 'none'}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof AdoptError) throw new TrickleError(`adopt: ${e.message}`);
    throw e;
  } finally {
    await client.end();
  }
}
