export { run, localToday, mainHelp } from './main.js';
export type { CommandIO } from './io.js';
export type { LocalizedText } from './errors.js';
export { UsageError, EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from './errors.js';
