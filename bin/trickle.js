#!/usr/bin/env node
/**
 * The `trickle` command. Runs compiler/cli/main.ts through tsx, so the
 * package works straight after `npm install`, without a build step.
 * Exit codes are main()'s: 0 ok, 1 `--check` found differences or verify
 * failed, 2 a user error, 70 a bug in trickle.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
// The package's own tsconfig, not whatever tsconfig.json the user's working directory has.
register({ tsconfig: existsSync(tsconfig) ? tsconfig : false });

// process.exit rather than process.exitCode: the WASM parser's runtime resets
// process.exitCode to 0 when it shuts down.
let code;
try {
  const { main } = await import('../compiler/cli/main.ts');
  code = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`trickle: internal error (a bug in trickle): ${(e && e.stack) || e}\n`);
  code = 70;
}
// Exit only once everything written to stdout and stderr has been flushed: a
// piped `compile --stdout` must reach psql whole, however slowly it reads.
const flushed = (stream) => new Promise((resolve) => (stream.writableLength === 0 ? resolve() : stream.write('', resolve)));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
