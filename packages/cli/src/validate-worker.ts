/**
 * Worker thread of `validateInParallel`: runs each task it receives and
 * posts the outcome back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Registry, type ValidationOptions } from '@yangui/core';
import type { WorkerSetup } from './parallel-validation.js';
import {
  runTask,
  type TaskResult,
  type ValidationTask,
} from './validation-task.js';

const setup = workerData as WorkerSetup;
const options: ValidationOptions = {
  today: setup.today,
  ...(setup.registry === undefined
    ? {}
    : {
        registry: new Registry(setup.registry.townships, setup.registry.county),
      }),
};

parentPort?.on('message', (task: ValidationTask) => {
  let result: TaskResult;
  try {
    result = { id: task.id, output: runTask(task, options) };
  } catch (error) {
    result = { id: task.id, error: (error as Error).message };
  }
  parentPort?.postMessage(result);
});
