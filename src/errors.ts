// Errors a user can act on: each names what failed and where, and maps to an exit code.

export class PaperlakeError extends Error {
  constructor(message: string, readonly exitCode = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command line: exit 2, like most CLIs. */
export class UsageError extends PaperlakeError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A SQL statement failed in DuckDB (npm run query). */
export const EXIT_SQL_ERROR = 4;

/** The input of a stage is missing or unreadable (run the previous stage). */
export class StageInputError extends PaperlakeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 3, options);
  }
}

/** Another run holds the lock. */
export class LockedError extends PaperlakeError {
  constructor(message: string) {
    super(message, 75); // EX_TEMPFAIL: try again later
  }
}

/** Wrap a library error with what we were doing when it happened. */
export function wrap(context: string, err: unknown, exitCode = 1): PaperlakeError {
  if (err instanceof PaperlakeError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new PaperlakeError(`${context}: ${msg.split('\n')[0]}`, exitCode, { cause: err });
}

export async function withContext<T>(context: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw wrap(context, err);
  }
}
