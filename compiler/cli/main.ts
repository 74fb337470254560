#!/usr/bin/env node
/** The `trickle` command line. User errors print `file:line:column: message` and exit 2. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { isUserError, TrickleError, TrickleErrors } from '../errors.js';
import { loadParser } from '../parser/adapter.js';
import { historyCommand } from './history-command.js';
import { explainCommand } from './explain-command.js';
// The commands that talk to a database (status, adopt, verify) are imported when run: `pg` and
// what it pulls in cost about 0.1 s of startup that compile and explain do not need.

export async function main(argv: string[]): Promise<number> {
  await loadParser();
  let exitCode = 0;
  const run = (fn: () => Promise<number> | number) => async () => {
    exitCode = await fn();
  };
  try {
    await yargs(argv)
      .scriptName('trickle')
      .usage('$0 <command> [dir]')
      .command(
        'compile [dir]',
        'append a migration with what changed since the last compile (the first one creates everything)',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'project folder' })
            .option('out', { type: 'string', describe: 'output folder (default: out/<project>)' })
            .option('layout', { type: 'string', choices: ['plain', 'flyway', 'dbmate', 'golang-migrate', 'sqitch'], describe: 'name and wrap migrations for this tool (fixed by the first migration; default plain)' })
            .option('check', { type: 'boolean', default: false, describe: 'write nothing; exit 1 when the project has changes not yet compiled or a migration was edited' })
            .option('stdout', { type: 'boolean', default: false, describe: 'print every migration as one script for psql instead of writing files' })
            .check((a) => {
              if (a.check && a.stdout) throw new UsageError('--check and --stdout cannot be used together');
              return true;
            }),
        (a) => run(() => historyCommand({ dir: a.dir, out: a.out, layout: a.layout, check: a.check, stdout: a.stdout }))(),
      )
      .command(
        'status [dir]',
        'show which migrations a database has applied and which are pending',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'project folder' })
            .option('out', { type: 'string', describe: 'output folder (default: out/<project>)' })
            .option('database-url', { type: 'string', demandOption: true, describe: 'the database to inspect' }),
        (a) => run(async () => (await import('./status-command.js')).statusCommand({ dir: a.dir, out: a.out, databaseUrl: a['database-url'] }))(),
      )
      .command(
        'adopt [dir]',
        'write the first migration of a history that takes over an OID-named install in a database',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'project folder (its streams/ must define the installed stream tables)' })
            .option('out', { type: 'string', describe: 'output folder (default: out/<project>)' })
            .option('layout', { type: 'string', choices: ['plain', 'flyway', 'dbmate', 'golang-migrate', 'sqitch'] })
            .option('database-url', { type: 'string', demandOption: true, describe: 'the database holding the install' }),
        (a) => run(async () => (await import('./adopt-command.js')).adoptCommand({ dir: a.dir, out: a.out, layout: a.layout, databaseUrl: a['database-url'] }))(),
      )
      .command(
        'explain [dir]',
        'print the operator tree and delta SQL of stream tables',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'project folder' })
            .option('stream', { type: 'string', describe: 'only this stream table (schema.name or name)' }),
        (a) => run(() => explainCommand({ dir: a.dir, stream: a.stream }))(),
      )
      .command(
        'verify [dir]',
        'load the project into a fresh database and check every stream table against its query after each change step',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'project folder' })
            .option('database-url', { type: 'string', describe: 'an empty database to use instead of an embedded PostgreSQL (verify leaves what it created there: give it a new one each time)' }),
        (a) => run(async () => (await import('./verify-command.js')).verifyCommand({ dir: a.dir, databaseUrl: a['database-url'] }))(),
      )
      .demandCommand(1, 'name a command: compile, status, adopt, explain or verify')
      .strict()
      // --database-url only (yargs would also accept and report --databaseUrl).
      .parserConfiguration({ 'camel-case-expansion': false })
      // The driver reads anything else as a host or database name, and fails far from the cause.
      .check((a) => {
        const url = a['database-url'];
        if (url === undefined || /^postgres(ql)?:\/\//.test(String(url))) return true;
        throw new UsageError(`--database-url must be a URL such as postgres://user@host:5432/database, not ${JSON.stringify(url)}`);
      })
      .help()
      .fail((msg, err) => {
        if (err) throw err;
        throw new UsageError(msg);
      })
      .parseAsync();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`trickle: ${e.message}\nRun trickle --help for usage.\n`);
      return 2;
    }
    if (isUserError(e)) {
      const errors = e instanceof TrickleErrors ? e.errors : [e as TrickleError];
      for (const err of errors) process.stderr.write(`${err.format()}\n`);
      return 2;
    }
    const fs = fileSystemError(e);
    if (fs) {
      process.stderr.write(`trickle: ${fs}\n`);
      return 2;
    }
    // The compiler's passes recurse over the tree of an expression: one nested some thousand
    // levels deep (CASE in CASE ...) is deeper than they go.
    if (e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message)) {
      process.stderr.write('trickle: a query is nested too deeply to compile (an expression inside some hundreds of others); write it flatter\n');
      return 2;
    }
    throw e;
  }
  return exitCode;
}

class UsageError extends Error {}

/** A folder or file that cannot be read or written (`--out` under a file, no permission, disk full): the path and why. */
function fileSystemError(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== 'string' || typeof err.path !== 'string') return undefined;
  const why = err.message.replace(/^[A-Z0-9_]+: /, '').replace(/, [a-z]+ '.*'$/, '');
  return `${err.path}: ${why}`;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (invokedDirectly) {
  main(hideBin(process.argv)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`trickle: internal error (a bug in trickle): ${(e as Error).stack ?? e}\n`);
      process.exit(70);
    },
  );
}
