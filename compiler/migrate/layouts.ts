/**
 * How migrations are named and wrapped for the tool that applies them.
 * The SQL is the same in every layout; only file names and wrappers differ.
 */
export type Layout = 'plain' | 'flyway' | 'dbmate' | 'golang-migrate' | 'sqitch';
export const LAYOUTS: readonly Layout[] = ['plain', 'flyway', 'dbmate', 'golang-migrate', 'sqitch'];

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
  /** Undefined where no down script exists. */
  readonly down: string | undefined;
}

/** What a file is: a migration (up), its down script, or bookkeeping (state, sum, sqitch plan). */
export type FileRole = 'up' | 'down' | 'meta';

export interface LayoutFile {
  readonly path: string;
  readonly content: string;
  readonly role: FileRole;
}

export function versionTag(version: number): string {
  return String(version).padStart(4, '0');
}

/** Files of one migration in a layout (sqitch's plan is rendered for the whole history). */
export function migrationFiles(m: Migration, layout: Layout, project: string): LayoutFile[] {
  const tag = `${versionTag(m.version)}_${m.name}`;
  switch (layout) {
    case 'plain':
      return [{ path: `${tag}.sql`, content: m.up, role: 'up' }, ...(m.down ? [{ path: `${tag}.down.sql`, content: m.down, role: 'down' as const }] : [])];
    case 'golang-migrate':
      return [{ path: `${tag}.up.sql`, content: m.up, role: 'up' }, ...(m.down ? [{ path: `${tag}.down.sql`, content: m.down, role: 'down' as const }] : [])];
    case 'flyway':
      return [
        { path: `V${m.version}__${m.name}.sql`, content: m.up, role: 'up' },
        ...(m.down ? [{ path: `U${m.version}__${m.name}.sql`, content: m.down, role: 'down' as const }] : []),
      ];
    case 'dbmate':
      // One file, both directions; dbmate runs the section it needs.
      return [{ path: `${tag}.sql`, content: `-- migrate:up\n${m.up}\n-- migrate:down\n${m.down ?? ''}`, role: 'up' }];
    case 'sqitch':
      return [
        { path: `deploy/${tag}.sql`, content: `BEGIN;\n\n${m.up}\nCOMMIT;\n`, role: 'up' },
        { path: `revert/${tag}.sql`, content: m.down ? `BEGIN;\n\n${m.down}\nCOMMIT;\n` : `-- no revert for ${tag}\n`, role: 'down' },
        {
          path: `verify/${tag}.sql`,
          content: `SELECT 1/count(*) FROM pg_trickle.pgt_migrations WHERE project = '${project.replace(/'/g, "''")}' AND version = ${m.version};\n`,
          role: 'meta',
        },
      ];
  }
}

/** Files that describe the whole history (sqitch's plan), rewritten as the history grows. */
export function historyFiles(migrations: readonly Migration[], layout: Layout, project: string): LayoutFile[] {
  if (layout !== 'sqitch') return [];
  const lines = ['%syntax-version=1.0.0', `%project=${project}`, ''];
  let previous: string | undefined;
  for (const m of migrations) {
    const tag = `${versionTag(m.version)}_${m.name}`;
    // sqitch requires a timestamp; a fixed one derived from the version keeps the plan deterministic.
    const at = new Date(Date.UTC(2000, 0, 1) + m.version * 1000).toISOString().replace('.000', '');
    lines.push(`${tag} ${previous ? `[${previous}] ` : ''}${at} trickle <trickle@localhost> # ${m.name.replace(/_/g, ' ')}`);
    previous = tag;
  }
  return [{ path: 'sqitch.plan', content: lines.join('\n') + '\n', role: 'meta' }];
}

/** The bare up SQL of a migration's first file in a layout (undoes the wrapping of migrationFiles). */
export function unwrapUp(content: string, layout: Layout): string {
  switch (layout) {
    case 'dbmate': {
      const down = content.indexOf('\n-- migrate:down\n');
      return content.slice('-- migrate:up\n'.length, down < 0 ? undefined : down);
    }
    case 'sqitch':
      return content.replace(/^BEGIN;\n\n/, '').replace(/\nCOMMIT;\n$/, '');
    default:
      return content;
  }
}
