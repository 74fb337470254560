/**
 * User-facing errors. Anything wrong with the user's input is a `TrickleError`
 * carrying a position; the CLI prints `file:line:column: message` and exits 2.
 * Any other exception is a bug in trickle and may show a stack trace.
 */
export interface SourcePosition {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in characters. */
  readonly column: number;
}

/** `file:line:column`, as every message about a place in the user's files begins. */
export function formatPosition(p: SourcePosition): string {
  return `${p.file}:${p.line}:${p.column}`;
}

export class TrickleError extends Error {
  readonly position: SourcePosition | undefined;
  constructor(message: string, position?: SourcePosition) {
    super(message);
    this.name = 'TrickleError';
    this.position = position;
  }

  /** `file:line:column: message`, or just the message when there is no position. */
  format(): string {
    const p = this.position;
    return p ? `${formatPosition(p)}: ${this.message}` : this.message;
  }
}

/** A construct trickle cannot maintain differentially (yet). */
export class UnsupportedError extends TrickleError {
  constructor(
    readonly construct: string,
    position: TrickleError['position'],
    readonly detail?: string,
  ) {
    super(`${construct} is not supported in a DIFFERENTIAL stream table${detail ? `: ${detail}` : ''}`, position);
    this.name = 'UnsupportedError';
  }
}

/** Several user errors found in one pass, reported together. */
export class TrickleErrors extends Error {
  readonly errors: readonly TrickleError[];
  constructor(errors: readonly TrickleError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'TrickleErrors';
    this.errors = errors;
  }
}

export function isUserError(e: unknown): e is TrickleError | TrickleErrors {
  return e instanceof TrickleError || e instanceof TrickleErrors;
}
