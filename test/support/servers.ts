/**
 * Vitest helpers for running tests against every PostgreSQL server flavour we support.
 *
 * Usage:
 *   for (const entry of pgServers()) {
 *     describe.skipIf(entry.skipReason !== undefined)(entry.label, () => { ... entry.start() ... });
 *   }
 * `start()` resolves to undefined when the server is not available; callers should then skip
 * (`ctx.skip()`), and `skipReason` lets them do so at collection time with a visible message.
 */
import { startEmbeddedPostgres, startSystemPostgres15, systemPostgres15Installed, SYSTEM_PG15_BIN, type PgServer } from '../../compiler/db/servers.js';

export type { PgServer } from '../../compiler/db/servers.js';

export interface PgServerEntry {
  label: string;
  start: () => Promise<PgServer | undefined>;
  /** Set when the server is known to be unavailable on this machine (a warning has been printed). */
  skipReason?: string;
}

export function pgServers(): PgServerEntry[] {
  const entries: PgServerEntry[] = [{ label: 'embedded-pg18', start: () => startEmbeddedPostgres() }];
  const pg15: PgServerEntry = { label: 'system-pg15', start: () => startSystemPostgres15() };
  if (!systemPostgres15Installed()) {
    pg15.skipReason = `PostgreSQL 15 is not installed (${SYSTEM_PG15_BIN}/initdb and pg_ctl not found); skipping system-pg15 tests`;
    console.warn(`[trickle tests] ${pg15.skipReason}`);
  }
  entries.push(pg15);
  return entries;
}
