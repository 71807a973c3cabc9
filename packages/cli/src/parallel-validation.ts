/**
 * Validation of survey files on worker threads. The outcome is the same as
 * `validateSurveyFiles` on one thread: results are joined in file and row
 * order.
 *
 * With many files, the main thread and the workers each take whole files,
 * so that only the results cross threads. With few files, the main thread
 * reads them and the rows are validated in chunks.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  collectRowValidations,
  collectSurveyFiles,
  readSurveyCsv,
  validateSurveyFiles,
  type County,
  type CsvInput,
  type RecordKind,
  type RecordOf,
  type Registry,
  type RowValidation,
  type SurveyRecord,
  type SurveyValidation,
  type TableValidation,
  type Township,
} from '@yangui/core';
import {
  runTask,
  type FileOutput,
  type TaskOutput,
  type TaskResult,
  type ValidationTask,
} from './validation-task.js';

/** Data every worker starts with. */
export interface WorkerSetup {
  today: string;
  registry?: { townships: readonly Township[]; county: County | undefined };
}

/** Options of the validation: the registry and the date of today. */
interface Options {
  registry: Registry | undefined;
  today: string;
}

/** Rows per task when files are split: large enough that messages cost little. */
const CHUNK_ROWS = 2000;

/**
 * Minimum input size, in bytes, for starting workers: about 90,000 rows.
 * Starting a worker and loading the core package takes about 0.3 s, and
 * the rows and results that cross threads cost about a quarter of the
 * validation time (see docs/benchmarks.md).
 */
export const MIN_PARALLEL_BYTES = 16 * 1024 * 1024;

/** Thread count from the environment, and a setting that was not used. */
export interface ThreadSetting {
  /** Validation threads, the main thread included. */
  threads: number;
  /** `YANGUI_THREADS` as given, when it was invalid or above the cores. */
  ignored?: string;
}

/**
 * Returns the number of validation threads, the main thread included:
 * `YANGUI_THREADS` when it is a whole number from 1 to the number of
 * cores, else the number of cores, at most 4. More threads than cores only
 * add memory and switching.
 */
export function threadCount(
  env: NodeJS.ProcessEnv = process.env,
  cores = availableParallelism(),
): ThreadSetting {
  const fallback = Math.min(cores, 4);
  const value = env['YANGUI_THREADS']?.trim();
  if (value === undefined || value === '') return { threads: fallback };
  if (/^[1-9]\d*$/.test(value) && Number(value) <= cores) {
    return { threads: Number(value) };
  }
  return { threads: fallback, ignored: value };
}

/**
 * Reads and validates the survey files of one kind on `threads` threads:
 * the main thread and `threads - 1` workers, which start loading while the
 * main thread prepares the tasks. Inputs under `minimumBytes` (default
 * `MIN_PARALLEL_BYTES`) are validated on the main thread alone.
 */
export async function validateInParallel<K extends RecordKind>(
  kind: K,
  inputs: readonly CsvInput[],
  options: Options,
  threads: number,
  minimumBytes = MIN_PARALLEL_BYTES,
): Promise<SurveyValidation<K>> {
  const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
  if (threads <= 1 || bytes < minimumBytes) {
    return validateSurveyFiles(kind, inputs, options);
  }

  const workers = startWorkers(threads - 1, options);
  if (inputs.length >= 2 * threads) {
    const tasks = inputs.map((input, id) => ({ id, kind, input }));
    const outputs = (await runTasks(tasks, workers, options)) as FileOutput[];
    return collectSurveyFiles(
      kind,
      outputs.map(({ table, validation }) => ({
        table,
        validation: validation as TableValidation<RecordOf<K>>,
      })),
    );
  }

  const tables = inputs.map((input) => readSurveyCsv(input, kind));
  const tasks: ValidationTask[] = [];
  const tableOfTask: number[] = [];
  tables.forEach((table, index) => {
    for (let start = 0; start < table.rows.length; start += CHUNK_ROWS) {
      tableOfTask.push(index);
      tasks.push({
        id: tasks.length,
        kind,
        table: {
          file: table.file,
          columns: table.columns,
          rows: table.rows.slice(start, start + CHUNK_ROWS),
        },
      });
    }
  });
  const outputs = await runTasks(tasks, workers, options);
  const rows: RowValidation<SurveyRecord>[][] = tables.map(() => []);
  outputs.forEach((output, id) => {
    rows[tableOfTask[id] as number]?.push(
      ...(output as RowValidation<SurveyRecord>[]),
    );
  });
  return collectSurveyFiles(
    kind,
    tables.map((table, index) => ({
      table,
      validation: collectRowValidations(
        table,
        kind,
        rows[index] as RowValidation<RecordOf<K>>[],
      ),
    })),
  );
}

function startWorkers(count: number, options: Options): Worker[] {
  const setup: WorkerSetup = {
    today: options.today,
    ...(options.registry === undefined
      ? {}
      : {
          registry: {
            townships: options.registry.townships,
            county: options.registry.county,
          },
        }),
  };
  return Array.from(
    { length: count },
    () =>
      new Worker(new URL('./validate-worker.js', import.meta.url), {
        workerData: setup,
      }),
  );
}

/**
 * Runs the tasks on the workers and on this thread, and returns the
 * outputs by task id. The workers are stopped at the end.
 */
async function runTasks(
  tasks: readonly ValidationTask[],
  workers: readonly Worker[],
  options: Options,
): Promise<TaskOutput[]> {
  const outputs: TaskOutput[] = [];
  let next = 0;
  let done = 0;
  let failure: Error | undefined;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const complete = () => {
    done += 1;
    if (done === tasks.length) finish();
  };
  const give = (worker: Worker) => {
    const task = tasks[next];
    if (task === undefined) return;
    next += 1;
    worker.postMessage(task);
  };
  for (const worker of workers) {
    worker.on('message', (message: TaskResult) => {
      if (message.error !== undefined) {
        failure ??= new Error(`validation worker failed: ${message.error}`);
        finish();
        return;
      }
      outputs[message.id] = message.output;
      complete();
      give(worker);
    });
    worker.on('error', (error) => {
      failure ??= error;
      finish();
    });
    give(worker);
  }

  // This thread takes the next task that no worker has taken, and yields
  // between tasks so that the workers' results are received.
  while (next < tasks.length && failure === undefined) {
    const task = tasks[next] as ValidationTask;
    next += 1;
    outputs[task.id] = runTask(task, options);
    complete();
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (tasks.length === 0) finish();
  await finished;
  await Promise.all(workers.map((worker) => worker.terminate()));
  if (failure !== undefined) throw failure;
  return outputs;
}
