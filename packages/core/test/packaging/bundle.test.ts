// Tree-shaking test: bundles tiny browser apps that import one subpath of
// the built package and checks from esbuild's metafile which files they
// pull in and how large they are after gzip.
import { beforeAll, describe, expect, it } from 'vitest';

import {
  type AppBundle,
  appNamed,
  bundleApp,
  findImportChain,
} from './apps.mjs';
import { ensureCoreBuilt } from './dist.mjs';

/**
 * Gzipped size ceiling of a valibot app, in bytes: gzip level 9 of the
 * minified ESM browser bundle that esbuild makes.
 */
// NOTE: the target is 8 KiB, but the apps measure up to 21,328 bytes
// (20.8 KiB, esbuild 0.28.2), so this ceiling only stops further growth.
// The largest inputs are in the bundle section of docs/benchmarks.md.
const VALIBOT_GZIP_CEILING = 22 * 1024;

/** Inputs that a valibot app must not bundle. */
const FORBIDDEN_IN_VALIBOT_APP = ['node_modules/zod', 'papaparse', '/csv/'];

/** Inputs that an app of a subpath without a schema must not bundle. */
const SCHEMA_LIBRARIES = ['node_modules/zod', 'node_modules/valibot'];

/**
 * Lists the inputs whose path contains `part`. esbuild lists every file it
 * read, including files whose code tree-shaking then dropped, so an empty
 * list means no import chain reaches such a file.
 */
function inputsContaining(bundle: AppBundle, part: string): string[] {
  return bundle.inputs.filter((input) => input.includes(part));
}

/** Lists the inputs whose path contains `part` and that add output bytes. */
function outputFrom(bundle: AppBundle, part: string): string[] {
  return bundle.contributions
    .filter(({ path, bytes }) => bytes > 0 && path.includes(part))
    .map(({ path }) => path);
}

/** Asserts that no input path contains `part`, naming the import chain. */
function expectNoInput(bundle: AppBundle, part: string): void {
  const chain = findImportChain(bundle, part).join('\n  -> ');
  expect(inputsContaining(bundle, part), `imported by:\n  ${chain}`).toEqual(
    [],
  );
}

/** Describes the largest inputs of a bundle, for failure messages. */
function describeLargest(bundle: AppBundle, count = 10): string {
  const lines = bundle.contributions
    .slice(0, count)
    .map(({ path, bytes }) => `  ${bytes} B  ${path}`);
  return `largest inputs (minified bytes):\n${lines.join('\n')}`;
}

beforeAll(ensureCoreBuilt, 300_000);

describe.each(['valibot returnee', 'valibot out-migrant'])('%s app', (name) => {
  let bundle: AppBundle;

  beforeAll(async () => {
    bundle = await bundleApp(appNamed(name));
  }, 60_000);

  it.each(FORBIDDEN_IN_VALIBOT_APP)('bundles nothing from %s', (part) => {
    expectNoInput(bundle, part);
  });

  it('bundles valibot itself', () => {
    expect(outputFrom(bundle, 'node_modules/valibot')).not.toEqual([]);
  });

  it('stays under the gzip ceiling', () => {
    expect(bundle.gzipBytes, describeLargest(bundle)).toBeLessThanOrEqual(
      VALIBOT_GZIP_CEILING,
    );
  });
});

describe('zod returnee app', () => {
  let bundle: AppBundle;

  beforeAll(async () => {
    bundle = await bundleApp(appNamed('zod returnee'));
  }, 60_000);

  it('bundles nothing from valibot', () => {
    expectNoInput(bundle, 'node_modules/valibot');
  });

  it('bundles nothing from papaparse', () => {
    expectNoInput(bundle, 'papaparse');
  });
});

describe.each(['JSON Schema document', 'codes lookup', 'resident ID'])(
  '%s app',
  (name) => {
    let bundle: AppBundle;

    beforeAll(async () => {
      bundle = await bundleApp(appNamed(name));
    }, 60_000);

    it.each([...SCHEMA_LIBRARIES, 'papaparse'])(
      'bundles nothing from %s',
      (part) => {
        expectNoInput(bundle, part);
      },
    );
  },
);

describe('root import of one function', () => {
  let bundle: AppBundle;

  // The root entry imports every module, so esbuild reads zod and
  // papaparse, but tree-shaking must drop all of their code.
  beforeAll(async () => {
    bundle = await bundleApp(appNamed('resident ID from the root'));
  }, 60_000);

  it.each([...SCHEMA_LIBRARIES, 'papaparse'])(
    'keeps no code from %s',
    (part) => {
      expect(outputFrom(bundle, part)).toEqual([]);
    },
  );
});
