/** A project as read from disk: texts only. The CLI reads it; everything else is pure. */
import type { SourceText } from '../parser/source.js';

export type RefreshMode = 'DIFFERENTIAL' | 'FULL' | 'AUTO';

export interface ProjectConfig {
  readonly name: string;
  readonly defaults: {
    readonly schedule: string;
    readonly refreshMode: RefreshMode;
  };
}

export interface ProjectSources {
  readonly config: ProjectConfig;
  /** schema/*.sql, data/*.sql, changes/*.sql, streams/*.sql in file-name order. */
  readonly schema: readonly SourceText[];
  readonly streams: readonly SourceText[];
  readonly data: readonly SourceText[];
  readonly changes: readonly SourceText[];
}

export const DEFAULT_SCHEDULE = '1m';
export const DEFAULT_REFRESH_MODE: RefreshMode = 'AUTO';
