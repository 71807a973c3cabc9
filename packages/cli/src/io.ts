/** Output streams of a command: standard output for results, standard error for the rest. */
export interface CommandIO {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Current directory that relative paths are resolved against. */
  cwd: string;
  /** Today's date as `YYYY-MM-DD`, for the "not in the future" rule. */
  today: string;
}
