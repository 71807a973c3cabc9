// Measurement helpers shared by the benchmark sections: timed runs with
// garbage collection in between, the peak heap of a run, and Markdown
// tables.

import os from 'node:os';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';

/** Bytes in a mebibyte, the unit of the memory columns. */
export const MIB = 1024 * 1024;

/**
 * Runs a full garbage collection. Throws when Node was started without
 * `--expose-gc`, because the heap figures would then include garbage left
 * by earlier runs.
 */
export function collectGarbage() {
  if (typeof globalThis.gc !== 'function') {
    throw new Error(
      'global.gc is not available: run the benchmarks with `pnpm bench` or `node --expose-gc scripts/bench.mjs`.',
    );
  }
  globalThis.gc();
}

/** Returns the median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs `task` once after a full garbage collection and returns its result,
 * its wall time in milliseconds and its peak heap in bytes above the heap
 * in use before it started.
 *
 * Heap use grows between garbage collections, so its peak is at the start
 * of a collection or at the end of the run. The peak is the largest
 * `usedHeapSize` that `v8.GCProfiler` records before each collection, or
 * `process.memoryUsage().heapUsed` at the end, and it includes the result
 * that the task returns.
 */
export function measureOnce(task) {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const start = performance.now();
  const result = task();
  const milliseconds = performance.now() - start;
  const end = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  let peak = end;
  for (const collection of statistics) {
    peak = Math.max(peak, collection.beforeGC.heapStatistics.usedHeapSize);
  }
  return { result, milliseconds, peakHeapBytes: peak - baseline };
}

/**
 * Measures several tasks over `runs` rounds, running each task once per
 * round in turn, so that a change in the machine's load during the rounds
 * affects all tasks alike. `tasks` maps a name to `{ task, summarize }`.
 * Returns, by name, the median time, the largest peak heap, and
 * `summarize` applied to the result of the last round. Each result is
 * dropped before the next task runs, so that it does not count against the
 * next task's heap.
 */
export function measureInTurn(tasks, { runs }) {
  const names = Object.keys(tasks);
  const times = new Map(names.map((name) => [name, []]));
  const measurements = {};
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      const { task, summarize = () => undefined } = tasks[name];
      const { result, milliseconds, peakHeapBytes } = measureOnce(task);
      times.get(name).push(milliseconds);
      const previous = measurements[name]?.peakHeapBytes ?? 0;
      measurements[name] = {
        medianMs: median(times.get(name)),
        peakHeapBytes: Math.max(previous, peakHeapBytes),
        summary: summarize(result),
      };
    }
  }
  return measurements;
}

/** Formats a number with thousands separators and `digits` decimals. */
export function formatNumber(value, digits = 0) {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Renders a Markdown table. Cells must not contain `|` or line breaks. */
export function markdownTable(header, rows) {
  const format = (cells) => `| ${cells.join(' | ')} |`;
  return [
    format(header),
    format(header.map(() => '---')),
    ...rows.map(format),
  ].join('\n');
}

/**
 * Describes the Node version and the machine, with its one-minute load
 * average, because other processes on the machine slow the runs down.
 */
export function describeEnvironment() {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0] ?? 0;
  return `Node ${process.version} on ${os.platform()}-${os.arch()}, ${cpus.length} cores (${model}), load average ${load.toFixed(1)} at the start`;
}
