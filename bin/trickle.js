#!/usr/bin/env node
/**
 * The `trickle` command. Runs the compiled JavaScript in dist/ (built by
 * `npm install` through the prepare script) when it is at least as new as
 * every source file; otherwise runs compiler/cli/main.ts through tsx, so an
 * edited checkout never runs stale code.
 * Exit codes are main()'s: 0 ok, 1 `--check` found differences or verify
 * failed, 2 a user error, 70 a bug in trickle.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = new URL('dist/.built', root);

/** Newest modification time of the .ts files below a folder. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function loadMain() {
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(new URL('compiler/', root))) {
    return import('../dist/compiler/cli/main.js');
  }
  const { register } = await import('tsx/esm/api');
  const tsconfig = fileURLToPath(new URL('tsconfig.json', root));
  // The package's own tsconfig, not whatever tsconfig.json the user's working directory has.
  register({ tsconfig: existsSync(tsconfig) ? tsconfig : false });
  return import('../compiler/cli/main.ts');
}

// `trickle ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// process.exit rather than process.exitCode: the WASM parser's runtime resets
// process.exitCode to 0 when it shuts down.
let code;
try {
  const { main } = await loadMain();
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
