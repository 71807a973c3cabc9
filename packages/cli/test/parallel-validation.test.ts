import { readRegistry, validateSurveyFiles } from '@yangui/core';
import { describe, expect, it } from 'vitest';
import { buildSampleCounty } from '../../../examples/sample-county/generate.mjs';
import {
  threadCount,
  validateInParallel,
} from '../dist/parallel-validation.js';

const { files, expected } = buildSampleCounty();
const inputsOf = (folder: string) =>
  [...files]
    .filter(([path]) => path.startsWith(`${folder}/`))
    .map(([file, bytes]) => ({ file, bytes }));
const { registry } = readRegistry({
  file: 'registry.csv',
  bytes: files.get('registry.csv') as Uint8Array,
});
const options = { registry, today: expected.today as string };

describe('validateInParallel on worker threads', () => {
  it('gives the one-thread result when each thread takes whole files', async () => {
    const inputs = inputsOf('returnee');
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    const single = validateSurveyFiles('returnee', inputs, options);
    const parallel = await validateInParallel(
      'returnee',
      inputs,
      options,
      2,
      0,
    );
    expect(parallel).toEqual(single);
    expect(parallel.rows.rejected).toBeGreaterThan(0);
  });

  it('gives the one-thread result when the rows of few files are split', async () => {
    const inputs = inputsOf('out-migrant').slice(0, 3);
    const single = validateSurveyFiles('out-migrant', inputs, options);
    const parallel = await validateInParallel(
      'out-migrant',
      inputs,
      options,
      2,
      0,
    );
    expect(parallel).toEqual(single);
    expect(parallel.rows.read).toBeGreaterThan(2000);
  });

  it('reads the thread count from YANGUI_THREADS', () => {
    expect(threadCount({ YANGUI_THREADS: '3' }, 8)).toEqual({ threads: 3 });
    expect(threadCount({}, 8)).toEqual({ threads: 4 });
    expect(threadCount({}, 2)).toEqual({ threads: 2 });
    expect(threadCount({ YANGUI_THREADS: '0' }, 2)).toEqual({
      threads: 2,
      ignored: '0',
    });
    expect(threadCount({ YANGUI_THREADS: '64' }, 2)).toEqual({
      threads: 2,
      ignored: '64',
    });
  });
});
