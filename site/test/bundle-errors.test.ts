import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleError, loadBundle } from '../src/lib/bundle.js';
import {
  buildSite,
  copyFixtureBundle,
  editFile,
  fixtureBundle,
  updateTableHash,
} from './helpers.js';

const tempDirs: string[] = [];

afterEach(async () => {
  for (const dir of tempDirs.splice(0)) {
    await rm(dir, { recursive: true, force: true });
  }
});

async function brokenBundle(): Promise<string> {
  const dir = await copyFixtureBundle();
  tempDirs.push(dir);
  return dir;
}

/** Builds the site and returns the output of a build expected to fail. */
async function failingBuild(bundleDir: string): Promise<string> {
  const result = await buildSite(bundleDir);
  tempDirs.push(result.workDir);
  expect(result.code).not.toBe(0);
  return result.output;
}

/** Returns the message of the BundleError that loading `dir` throws. */
async function loadError(dir: string): Promise<string> {
  const error: unknown = await loadBundle(dir).catch((caught) => caught);
  expect(error).toBeInstanceOf(BundleError);
  return (error as BundleError).message;
}

describe('astro build with broken bundle', () => {
  it('fails on missing table file', async () => {
    const dir = await brokenBundle();
    await rm(path.join(dir, 'out-migrant-education.csv'));

    const output = await failingBuild(dir);
    expect(output).toContain(path.join(dir, 'out-migrant-education.csv'));
    expect(output).toContain('文件不存在');
    expect(output).toContain('yangui publish');
  });

  it('fails on changed file bytes', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'out-migrant-industry.csv', ',700,', ',701,');

    const output = await failingBuild(dir);
    expect(output).toContain(path.join(dir, 'out-migrant-industry.csv'));
    expect(output).toContain('SHA-256');
  });

  it('fails on header unlike manifest', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'out-migrant-province.csv', '广东省', '广东');
    await updateTableHash(dir, 'out-migrant-province.csv');

    const output = await failingBuild(dir);
    expect(output).toContain(path.join(dir, 'out-migrant-province.csv'));
    expect(output).toContain('表头');
    expect(output).toContain('广东省');
  });
});

describe('loadBundle', () => {
  it('reads fixture bundle', async () => {
    const bundle = await loadBundle(fixtureBundle);

    expect(bundle.manifest.county).toEqual({ code: '522298', name: '石桥县' });
    expect(bundle.townships.map((township) => township.code)).toEqual([
      '522298100',
      '522298101',
      '522298102',
    ]);
    const indicators = bundle.tables.get('returnee-indicators');
    expect(indicators?.rows[0]?.counts.returnees).toBe(1234);
    expect(indicators?.rows[1]?.counts.inPark).toBeNull();
    expect(indicators?.rows[2]?.counts.inPark).toBe(0);
  });

  it('names missing bundle folder', async () => {
    const dir = path.join(await brokenBundle(), 'absent');

    const message = await loadError(dir);
    expect(message).toContain(path.join(dir, 'manifest.json'));
    expect(message).toContain('pnpm demo');
    expect(message).toContain('YANGUI_BUNDLE');
  });

  it('rejects unknown manifest version', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'manifest.json', '"version": 1', '"version": 2');

    const message = await loadError(dir);
    expect(message).toContain('manifest.json');
    expect(message).toContain('字段 version');
  });

  it('rejects unknown deduplication rule', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'manifest.json', '"linkage"', '"by-name"');

    const message = await loadError(dir);
    expect(message).toContain('字段 deduplication.matcher');
    expect(message).toContain('by-name');
  });

  it('rejects missing required table', async () => {
    const dir = await brokenBundle();
    const file = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(file, 'utf8')) as {
      tables: { id: string }[];
    };
    manifest.tables = manifest.tables.filter(
      (table) => table.id !== 'out-migrant-industry',
    );
    await writeFile(file, JSON.stringify(manifest));

    const message = await loadError(dir);
    expect(message).toContain('out-migrant-industry');
  });

  it('rejects count with separator', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'returnee-indicators.csv', ',1234,', ',"1,234",');
    await updateTableHash(dir, 'returnee-indicators.csv');

    const message = await loadError(dir);
    expect(message).toContain('returnee-indicators.csv');
    expect(message).toContain('第 2 行');
    expect(message).toContain('"1,234"');
  });

  it('rejects row count unlike manifest', async () => {
    const dir = await brokenBundle();
    await editFile(
      dir,
      'out-migrant-by-township.csv',
      '522298102,河西街道,乡镇,567\r\n',
      '',
    );
    await updateTableHash(dir, 'out-migrant-by-township.csv');

    const message = await loadError(dir);
    expect(message).toContain('out-migrant-by-township.csv');
    expect(message).toContain('有 3 行数据');
  });

  it('rejects row with missing cell', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'out-migrant-industry.csv', ',150,30', ',150');
    await updateTableHash(dir, 'out-migrant-industry.csv');

    const message = await loadError(dir);
    expect(message).toContain('第 3 行有 7 个单元格');
  });

  it('rejects county code unlike manifest', async () => {
    const dir = await brokenBundle();
    await editFile(dir, 'out-migrant-education.csv', '522298,', '522299,');
    await updateTableHash(dir, 'out-migrant-education.csv');

    const message = await loadError(dir);
    expect(message).toContain('out-migrant-education.csv');
    expect(message).toContain('county.code');
  });
});
