/**
 * `npm run goldens`: recompiles every fixture (a folder under fixtures/ with
 * a streams/ folder) and rewrites its golden output in out/<project name>/.
 * test/golden.test.ts checks the goldens are what the compiler writes now.
 * Fixtures that fail to compile on purpose live in test/cases/errors/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFiles, defaultOutDir, writeOutput } from '../compiler/cli/compile-command.js';
import { isUserError, TrickleError, TrickleErrors } from '../compiler/errors.js';
import { loadParser } from '../compiler/parser/adapter.js';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Fixture folders, relative to the repository root, sorted. */
export function fixtureDirs(root = REPO_ROOT): string[] {
  const fixtures = join(root, 'fixtures');
  if (!existsSync(fixtures)) return [];
  return readdirSync(fixtures)
    .sort()
    .map((name) => join('fixtures', name))
    .filter((dir) => statSync(join(root, dir)).isDirectory() && existsSync(join(root, dir, 'streams')));
}

async function updateGoldens(): Promise<number> {
  await loadParser();
  // Paths in messages and in the project loader are relative to the repository root.
  process.chdir(REPO_ROOT);
  let failed = 0;
  for (const dir of fixtureDirs()) {
    try {
      const { name, files } = compileFiles(dir);
      const out = defaultOutDir(name);
      writeOutput(out, files);
      process.stdout.write(`${dir} -> ${relative(REPO_ROOT, resolve(out))} (${files.length} files)\n`);
    } catch (e) {
      if (!isUserError(e)) throw e;
      failed++;
      const errors = e instanceof TrickleErrors ? e.errors : [e as TrickleError];
      for (const err of errors) process.stderr.write(`${err.format()}\n`);
      process.stderr.write(`${dir}: does not compile; its goldens were left as they were\n`);
    }
  }
  return failed ? 2 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  updateGoldens().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`update-goldens: ${(e as Error).stack ?? e}\n`);
      process.exit(70);
    },
  );
}
