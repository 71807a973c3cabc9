import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';

/** A file read from disk, named as the user wrote it. */
export interface InputFile {
  /** Path as given on the command line. */
  file: string;
  /** File contents. */
  bytes: Uint8Array;
}

/**
 * Reads an input file. A missing, unreadable or empty file stops the
 * command, because no row of it could be accounted for.
 */
export async function readInputFile(
  command: string,
  cwd: string,
  file: string,
): Promise<InputFile> {
  const absolute = path.resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) {
      throw new UsageError(
        `yangui ${command}: ${file} is a folder, not a CSV file.`,
        `List the CSV files inside it, for example ${path.join(file, '*.csv')}.`,
      );
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'was not found'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${code ?? String(error)})`;
    throw new UsageError(
      `yangui ${command}: ${file} ${reason}.`,
      'Check the path and that the file is readable.',
    );
  }
  if (bytes.length === 0) {
    throw new UsageError(
      `yangui ${command}: ${file} is empty.`,
      'Export the sheet again from Excel as CSV (逗号分隔) with its header row.',
    );
  }
  return { file, bytes };
}

/** Reads several input files in order. */
export async function readInputFiles(
  command: string,
  cwd: string,
  files: string[],
): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const file of files) {
    inputs.push(await readInputFile(command, cwd, file));
  }
  return inputs;
}
