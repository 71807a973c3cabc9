import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Folder of the package sources. */
const sourceRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Lists every module that an entry module reaches through its imports, as
 * paths relative to the package folder. Type-only imports are erased, as
 * TypeScript erases them. Whether a bundler would drop a module again by
 * tree-shaking does not count: a reached module is loaded by Node.
 */
async function reachedModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    absWorkingDir: fileURLToPath(new URL('../../', import.meta.url)),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/** Lists the non-test TypeScript files under a folder, recursively. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => name.replaceAll('\\', '/'));
}

describe('schema module imports', () => {
  it('keep zod, papaparse and CSV out of the valibot schema', async () => {
    const modules = await reachedModules('./valibot.ts');
    expect(modules.filter((path) => /\/zod[@/]/.test(path))).toEqual([]);
    expect(modules.filter((path) => path.includes('papaparse'))).toEqual([]);
    expect(modules.filter((path) => path.startsWith('src/csv/'))).toEqual([]);
    expect(modules).toContain('src/validate/engine.ts');
    expect(modules.some((path) => path.includes('valibot'))).toBe(true);
  });

  it('keep valibot, papaparse and CSV out of the zod schema', async () => {
    const modules = await reachedModules('./zod.ts');
    expect(modules.some((path) => /\/zod[@/]/.test(path))).toBe(true);
    expect(modules.filter((path) => path.includes('valibot'))).toEqual([]);
    expect(modules.filter((path) => path.includes('papaparse'))).toEqual([]);
    expect(modules.filter((path) => path.startsWith('src/csv/'))).toEqual([]);
  });

  it('import zod only in schema/zod.ts', () => {
    const importers = sourceFiles(sourceRoot).filter((name) => {
      const source = readFileSync(`${sourceRoot}${name}`, 'utf8');
      return /^import (?!type )[^;]*from 'zod';/m.test(source);
    });
    expect(importers).toEqual(['schema/zod.ts']);
  });
});
