// Makes sure packages/core/dist matches src before a packaging test or the
// bundle-size benchmark reads it.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the @yangui/core package. */
export const coreDir = path.resolve(fileURLToPath(import.meta.url), '../../..');

/** Root of the workspace. */
export const rootDir = path.resolve(coreDir, '../..');

/** Lock that keeps two test files from running the build at the same time. */
const lockDir = path.join(tmpdir(), 'yangui-core-build.lock');

/** How long to wait for a build that another process runs, in milliseconds. */
const LOCK_TIMEOUT_MS = 300_000;

/** Lists the files under a folder, recursively. @param {string} folder */
function listFiles(folder) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(file));
    else files.push(file);
  }
  return files;
}

/**
 * Lists the source files whose compiled `.js` in dist is missing or older
 * than the source. Test files are not compiled, so they are skipped.
 */
export function findStaleSources() {
  const srcDir = path.join(coreDir, 'src');
  return listFiles(srcDir).filter((source) => {
    if (!source.endsWith('.ts') || source.endsWith('.test.ts')) return false;
    const relative = path.relative(srcDir, source).replace(/\.ts$/u, '.js');
    const compiled = path.join(coreDir, 'dist', relative);
    return (
      !existsSync(compiled) ||
      statSync(compiled).mtimeMs < statSync(source).mtimeMs
    );
  });
}

/** Whether the process that wrote the lock still runs. */
function lockOwnerIsAlive() {
  let pid;
  try {
    pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // The owner has created the folder but not yet written its id.
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the build lock, waiting while another live process holds it. */
async function acquireLock() {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') {
        throw error;
      }
    }
    if (!lockOwnerIsAlive()) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${LOCK_TIMEOUT_MS} ms waiting for another build of @yangui/core (lock ${lockDir}). Remove the lock folder if no build is running.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Runs `pnpm --filter @yangui/core build` when a compiled file in dist is
 * missing or older than its source, so the tests read the current code.
 *
 * @throws Error with the compiler output when the build fails.
 */
export async function ensureCoreBuilt() {
  if (findStaleSources().length === 0) return;
  await acquireLock();
  try {
    // Another process may have finished the build while this one waited.
    const stale = findStaleSources();
    if (stale.length === 0) return;
    const result = spawnSync('pnpm', ['--filter', '@yangui/core', 'build'], {
      cwd: rootDir,
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `Building @yangui/core failed with exit code ${result.status}. ` +
          `The build ran because ${stale.length} compiled files were missing ` +
          `or older than their source (first: ${path.relative(coreDir, stale[0] ?? '')}). ` +
          `Fix the compiler errors below, then run the tests again.\n` +
          `${result.stdout}${result.stderr}${result.error ?? ''}`,
      );
    }
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
