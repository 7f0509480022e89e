// Errors a user can act on: each names what failed and where, and maps to an exit code. Every
// exit code paperlake uses is named here (README, Commands, lists them).

/** Anything else that failed. */
export const EXIT_FAILURE = 1;
/** Bad command line, or a report window with no digests in it. */
export const EXIT_USAGE = 2;
/** The input of a stage is missing or unreadable (run the previous stage). */
export const EXIT_INPUT = 3;
/** A SQL statement failed in DuckDB (npm run query, a report's SQL). */
export const EXIT_SQL_ERROR = 4;
/** An upstream source cannot be reached (npm run sync; EX_UNAVAILABLE). */
export const EXIT_UNAVAILABLE = 69;
/** Another run holds the data folder's lock (EX_TEMPFAIL: try again later). */
export const EXIT_LOCKED = 75;

export class PaperlakeError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILURE,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command line: exit 2, like most CLIs. */
export class UsageError extends PaperlakeError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/** The input of a stage is missing or unreadable (run the previous stage). */
export class StageInputError extends PaperlakeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, EXIT_INPUT, options);
  }
}

/** Another run holds the lock. */
export class LockedError extends PaperlakeError {
  constructor(message: string) {
    super(message, EXIT_LOCKED);
  }
}

/** Wrap a library error with what we were doing when it happened. */
export function wrap(context: string, err: unknown, exitCode = EXIT_FAILURE): PaperlakeError {
  if (err instanceof PaperlakeError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new PaperlakeError(`${context}: ${msg.split('\n')[0]}`, exitCode, { cause: err });
}
