import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the Astro project. */
export const siteRoot = fileURLToPath(new URL('..', import.meta.url));

/** Hand-written bundle of a fictional county with three townships. */
export const fixtureBundle = path.join(siteRoot, 'test/fixtures/bundle');

/** Result of one `astro build`. */
export interface BuildResult {
  /** Exit code of the build. */
  code: number | null;
  /** Combined stdout and stderr. */
  output: string;
  /** Temporary folder of the build, to remove after the test. */
  workDir: string;
  /** Built site, inside `workDir`. */
  outDir: string;
}

/** Runs `astro build` on a bundle folder into a new temporary folder. */
export async function buildSite(bundleDir: string): Promise<BuildResult> {
  // Astro 5.18 writes prerender chunks to `<cwd>/.astro` when the outDir is
  // outside the current directory, then deletes that folder (see
  // cleanServerOutput in astro/dist/core/build/static-build.js). Running each
  // build from its own temporary folder keeps parallel builds apart.
  const workDir = await makeTempDir('build');
  const outDir = path.join(workDir, 'out');

  // Vitest sets NODE_ENV=test and VITEST_* variables in this process. The
  // child runs without them, as `astro build` does from a shell.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key !== 'NODE_ENV' && !key.startsWith('VITEST')) env[key] = value;
  }
  Object.assign(env, {
    YANGUI_BUNDLE: bundleDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  });

  const astro = path.join(siteRoot, 'node_modules/astro/astro.js');
  const child = spawn(
    process.execPath,
    [astro, 'build', '--root', siteRoot, '--outDir', outDir],
    { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, workDir, outDir }));
  });
}

/** Creates an empty temporary folder whose name starts with `prefix`. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `yangui-site-${prefix}-`));
}

/** Copies the fixture bundle into a new temporary folder and returns it. */
export async function copyFixtureBundle(): Promise<string> {
  const dir = await makeTempDir('bundle');
  await cp(fixtureBundle, dir, { recursive: true });
  return dir;
}

/** Stores a table's new SHA-256 in the manifest after the file was edited. */
export async function updateTableHash(
  dir: string,
  file: string,
): Promise<void> {
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
    tables: { file: string; sha256: string }[];
  };
  const bytes = await readFile(path.join(dir, file));
  const table = manifest.tables.find((entry) => entry.file === file);
  if (!table) throw new Error(`${file} is not a table of ${manifestFile}`);
  table.sha256 = createHash('sha256').update(bytes).digest('hex');
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Replaces the first occurrence of `search` in a bundle file. */
export async function editFile(
  dir: string,
  file: string,
  search: string,
  replacement: string,
): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(search)) throw new Error(`${search} not in ${target}`);
  await writeFile(target, text.replace(search, replacement));
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves a folder over HTTP on 127.0.0.1 at a free port. */
export async function serveFolder(
  root: string,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(
      new URL(request.url ?? '/', 'http://127.0.0.1').pathname,
    );
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');

    readFile(file).then(
      (body) => {
        const type = contentTypes[path.extname(file)];
        response.writeHead(200, {
          'Content-Type': type ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('static server has no TCP address');
  }
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
