import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Folder of the CSV fixtures. */
export const fixtures = path.join(packageRoot, 'test/fixtures');

/** Result of one run of the built `yangui` binary. */
export interface CliRun {
  /** Exit code. */
  status: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/**
 * Runs the built command (`dist/bin.js`) as a user would, in `cwd`
 * (default: the fixture folder), with `--today` fixed unless given.
 */
export function runCli(args: string[], cwd = fixtures): CliRun {
  const bin = path.join(packageRoot, 'dist/bin.js');
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}
