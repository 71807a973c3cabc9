/**
 * A failure that stops a command before it can produce a result: bad
 * arguments, an unreadable file, a file whose header cannot be used. The
 * command exits with code 2 and prints the message and the hint.
 */
export class UsageError extends Error {
  /** Next step for the user. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** Exit code when every row was valid. */
export const EXIT_OK = 0;
/** Exit code when some rows were rejected. */
export const EXIT_REJECTED = 1;
/** Exit code when the command could not run. */
export const EXIT_USAGE = 2;
