// Checks the package as npm would publish it: packs packages/core, lists
// the tarball, runs "Are the Types Wrong?" on it and compiles a TypeScript
// consumer against the unpacked tarball under NodeNext and bundler
// resolution.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { coreDir, ensureCoreBuilt, rootDir } from './dist.mjs';

/** Conditions of one subpath in the exports map. */
interface SubpathTarget {
  types: string;
  default: string;
}

const manifest = JSON.parse(
  readFileSync(path.join(coreDir, 'package.json'), 'utf8'),
) as {
  exports: Record<string, SubpathTarget | string>;
  dependencies: Record<string, string>;
};

/** Subpaths that export code, with their targets. */
const subpaths = Object.entries(manifest.exports).filter(
  (entry): entry is [string, SubpathTarget] => typeof entry[1] !== 'string',
);

/** Resolution kinds that `attw --profile esm-only` ignores. */
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

const attw = path.join(rootDir, 'node_modules/.bin/attw');
const tsc = path.join(rootDir, 'node_modules/.bin/tsc');

let work = '';
let tarball = '';
let tarballFiles: string[] = [];

/** Runs a command and returns its output, throwing when it cannot start. */
function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined) throw result.error;
  return result;
}

/** Packs packages/core into `folder` and returns the tarball's path. */
function packCore(folder: string): string {
  const result = run('pnpm', ['pack', '--pack-destination', folder], coreDir);
  if (result.status !== 0) {
    throw new Error(
      `pnpm pack failed with exit code ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  }
  const tarballs = readdirSync(folder).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) {
    throw new Error(
      `pnpm pack should write one tarball into ${folder}, but it contains ${tarballs.length}: ${tarballs.join(', ')}.`,
    );
  }
  return path.join(folder, tarballs[0] ?? '');
}

beforeAll(async () => {
  await ensureCoreBuilt();
  work = mkdtempSync(path.join(tmpdir(), 'yangui-pack-'));
  tarball = packCore(work);
  tarballFiles = run('tar', ['-tzf', tarball], work)
    .stdout.split('\n')
    .filter((line) => line !== '');
}, 300_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('packed tarball', () => {
  it.each(subpaths)('contains the files of %s', (_subpath, target) => {
    expect(tarballFiles).toContain(`package/${target.types.slice(2)}`);
    expect(tarballFiles).toContain(`package/${target.default.slice(2)}`);
  });

  it('contains no test files', () => {
    const testFiles = tarballFiles.filter((file) =>
      /\.test\.|\/test\/|\/test-fixtures\//u.test(file),
    );
    expect(testFiles).toEqual([]);
  });

  it('contains no TypeScript sources', () => {
    const sources = tarballFiles.filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.d.ts'),
    );
    expect(sources).toEqual([]);
  });
});

describe('attw on the tarball', () => {
  it('finds no problems for ESM consumers', () => {
    // --no-definitely-typed keeps attw from fetching @types packages.
    const result = run(
      attw,
      [
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'json',
        '--no-definitely-typed',
      ],
      work,
    );
    const report = JSON.parse(result.stdout) as {
      problems: Record<
        string,
        { entrypoint?: string; resolutionKind?: string }[]
      >;
    };

    // The JSON lists the problems of every resolution kind, so keep the
    // ones the esm-only profile counts, as its exit code does.
    const problems = Object.values(report.problems)
      .flat()
      .filter(
        (problem) =>
          problem.resolutionKind === undefined ||
          !IGNORED_RESOLUTIONS.has(problem.resolutionKind),
      );
    expect(problems).toEqual([]);
    expect(result.status, result.stderr).toBe(0);
  }, 120_000);
});

/** A consumer module that imports every subpath and uses its types. */
const consumerSource = `
import { parseResidentId as parseFromRoot, returneeSchema as rootSchema } from '@yangui/core';
import { createReturneeSchema, type ReturneeRecord } from '@yangui/core/zod';
import { returneeValibotSchema } from '@yangui/core/valibot';
import { returneeRecordJsonSchema, type JsonSchema } from '@yangui/core/json-schema';
import { readSurveyCsv, writeCsv, type CsvTable } from '@yangui/core/csv';
import { lookupCode, provinceCodes, type CodeEntry } from '@yangui/core/codes';
import { maskResidentId, parseResidentId, type ResidentIdResult } from '@yangui/core/id';
import { parseCalendarDate, type DateResult } from '@yangui/core/dates';
import * as v from 'valibot';

// @ts-expect-error Files outside the exports map cannot be imported.
export { readCsvTable } from '@yangui/core/dist/csv/read.js';

const zodResult = createReturneeSchema({ today: '2024-06-20' }).safeParse({});
export const zodRecord: ReturneeRecord | undefined = zodResult.success ? zodResult.data : undefined;
export const rootRecord: ReturneeRecord | undefined = rootSchema.safeParse({}).data;

const valibotResult = v.safeParse(returneeValibotSchema, {});
export const valibotRecord: ReturneeRecord | undefined = valibotResult.success ? valibotResult.output : undefined;

export const jsonSchema: JsonSchema = returneeRecordJsonSchema;
export const text: string = writeCsv(['姓名'], [['王小明']]);
const bytes = new Uint8Array([0xe5, 0xa7, 0x93, 0xe5, 0x90, 0x8d]);
export const table: CsvTable = readSurveyCsv({ file: 'a.csv', bytes }, 'returnee');
export const province: CodeEntry | undefined = lookupCode(provinceCodes, '广东');
export const id: ResidentIdResult = parseResidentId('522225199003151238');
export const masked: string = maskResidentId('522225199003151238');
export const sameId: boolean = parseFromRoot('522225199003151238').ok === id.ok;
export const date: DateResult = parseCalendarDate('2024年3月5日');
`;

/** Compiler options of the two consumers, by moduleResolution. */
const consumerOptions = {
  NodeNext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  Bundler: { module: 'Preserve', moduleResolution: 'Bundler' },
};

/**
 * Creates a consumer project: the tarball unpacked as its
 * node_modules/@yangui/core, and the package's dependencies linked from the
 * workspace, since no registry is reached.
 */
function createConsumer(folder: string, options: object): void {
  const modules = path.join(folder, 'node_modules');
  const corePackage = path.join(modules, '@yangui/core');
  mkdirSync(corePackage, { recursive: true });
  const unpacked = run(
    'tar',
    ['-xzf', tarball, '-C', corePackage, '--strip-components=1'],
    folder,
  );
  if (unpacked.status !== 0) {
    throw new Error(`tar failed to unpack ${tarball}:\n${unpacked.stderr}`);
  }
  for (const name of Object.keys(manifest.dependencies)) {
    const link = path.join(modules, name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(realpathSync(path.join(coreDir, 'node_modules', name)), link);
  }

  writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  writeFileSync(
    path.join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...options,
        target: 'ES2022',
        // The declarations of zod and valibot name URL, Blob and File.
        lib: ['ES2022', 'DOM'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    }),
  );
  writeFileSync(path.join(folder, 'consumer.ts'), consumerSource);
}

describe.each(Object.entries(consumerOptions))(
  'TypeScript consumer with %s resolution',
  (resolution, options) => {
    it('compiles against the tarball', () => {
      const folder = path.join(work, `consumer-${resolution}`);
      createConsumer(folder, options);
      const result = run(tsc, ['-p', folder], folder);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    }, 120_000);
  },
);
