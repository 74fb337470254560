#!/usr/bin/env node
/** The `trickle` command line. User errors print `file:line:column: message` and exit 2. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { isUserError, TrickleError, TrickleErrors } from '../errors.js';
import { loadParser } from '../parser/adapter.js';
import { compileCommand } from './compile-command.js';
import { explainCommand } from './explain-command.js';

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
        'compile a project into SQL scripts',
        (y) =>
          y
            .positional('dir', { type: 'string', default: '.', describe: 'project folder' })
            .option('out', { type: 'string', describe: 'output folder (default: out/<project>)' })
            .option('check', { type: 'boolean', default: false, describe: 'write nothing; exit 1 when the output folder differs' })
            .option('stdout', { type: 'boolean', default: false, describe: 'print one script for psql instead of writing files' }),
        (a) => run(() => compileCommand({ dir: a.dir, out: a.out, check: a.check, stdout: a.stdout }))(),
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
            .option('database-url', { type: 'string', describe: 'an empty database to use instead of an embedded PostgreSQL' }),
        (a) => run(async () => (await import('./verify-command.js')).verifyCommand({ dir: a.dir, databaseUrl: a['database-url'] }))(),
      )
      .demandCommand(1, 'name a command: compile, explain or verify')
      .strict()
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
    throw e;
  }
  return exitCode;
}

class UsageError extends Error {}

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
