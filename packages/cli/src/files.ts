import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type LocalizedText } from './errors.js';

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
      const example = path.join(file, '*.csv');
      throw new UsageError(
        {
          'zh-CN': `yangui ${command}：${file} 是文件夹，不是 CSV 文件。`,
          en: `yangui ${command}: ${file} is a folder, not a CSV file.`,
        },
        {
          'zh-CN': `请列出文件夹里的 CSV 文件，例如 ${example}。`,
          en: `List the CSV files inside it, for example ${example}.`,
        },
      );
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(readFailure(command, file, error), {
      'zh-CN': '请检查路径是否正确，以及文件是否可以读取。',
      en: 'Check the path and that the file is readable.',
    });
  }
  if (bytes.length === 0) {
    throw new UsageError(
      {
        'zh-CN': `yangui ${command}：${file} 是空文件。`,
        en: `yangui ${command}: ${file} is empty.`,
      },
      {
        'zh-CN': '请从 Excel 重新导出为 CSV（逗号分隔）文件，并保留表头行。',
        en: 'Export the sheet again from Excel as CSV (逗号分隔) with its header row.',
      },
    );
  }
  return { file, bytes };
}

/** Describes why a file could not be read, from the error of `stat` or `readFile`. */
function readFailure(
  command: string,
  file: string,
  error: unknown,
): LocalizedText {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return {
      'zh-CN': `yangui ${command}：找不到文件 ${file}。`,
      en: `yangui ${command}: ${file} was not found.`,
    };
  }
  if (code === 'EACCES') {
    return {
      'zh-CN': `yangui ${command}：没有读取 ${file} 的权限。`,
      en: `yangui ${command}: ${file} cannot be read (permission denied).`,
    };
  }
  const reason = code ?? String(error);
  return {
    'zh-CN': `yangui ${command}：无法读取 ${file}（${reason}）。`,
    en: `yangui ${command}: ${file} cannot be read (${reason}).`,
  };
}

/**
 * Reads several input files in order. A file named twice, under the same
 * or another spelling of its path, stops the command, because its rows
 * would be counted twice.
 */
export async function readInputFiles(
  command: string,
  cwd: string,
  files: string[],
): Promise<InputFile[]> {
  const firstName = new Map<string, string>();
  for (const file of files) {
    const identity = await fileIdentity(cwd, file);
    const first = firstName.get(identity);
    if (first !== undefined) {
      throw new UsageError(
        {
          'zh-CN': `yangui ${command}：文件 ${file} 给了两次（与 ${first} 是同一个文件）。`,
          en: `yangui ${command}: ${file} is given twice (it is the same file as ${first}).`,
        },
        {
          'zh-CN': '每个文件只列一次，否则其中的行会被重复计算。',
          en: 'List each file once; otherwise its rows are counted twice.',
        },
      );
    }
    firstName.set(identity, file);
  }
  const inputs: InputFile[] = [];
  for (const file of files) {
    inputs.push(await readInputFile(command, cwd, file));
  }
  return inputs;
}

/**
 * Returns what identifies a file on disk: its device and inode when it
 * exists, so that symbolic and hard links to one file are the same, else
 * its absolute path.
 */
async function fileIdentity(cwd: string, file: string): Promise<string> {
  const absolute = path.resolve(cwd, file);
  const info = await stat(absolute).catch(() => undefined);
  return info === undefined ? absolute : `${info.dev}:${info.ino}`;
}

/**
 * Checks the output files of a command before it reads anything. Each must
 * differ from every input and from the other outputs, must not be a folder,
 * and its folder must exist. So no input is overwritten, and a run does not
 * stop with half of its outputs written. `allowed` pairs an output with
 * the one input it may replace, such as a file a run reads and writes back.
 */
export async function checkOutputs(
  command: string,
  cwd: string,
  outputs: readonly { option: string; file: string | undefined }[],
  inputs: readonly { option: string; file: string | undefined }[],
  allowed: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const taken = new Map<string, string>();
  for (const { option, file } of inputs) {
    if (file !== undefined) taken.set(await fileIdentity(cwd, file), option);
  }
  const written = new Map<string, string>();
  for (const { option, file } of outputs) {
    if (file === undefined) continue;
    const absolute = path.resolve(cwd, file);
    const identity = await fileIdentity(cwd, file);
    const input = taken.get(identity);
    const other = written.get(identity);
    const clash =
      other ??
      (input !== undefined && allowed.get(option) !== input
        ? input
        : undefined);
    if (clash !== undefined) {
      throw new UsageError(
        {
          'zh-CN': `yangui ${command}：${option} ${file} 与 ${clash} 是同一个文件，会被覆盖。`,
          en: `yangui ${command}: ${option} ${file} is the same file as ${clash} and would be overwritten.`,
        },
        {
          'zh-CN': `请为 ${option} 另取一个文件名。`,
          en: `Give ${option} another file name.`,
        },
      );
    }
    written.set(identity, option);
    const existing = await stat(absolute).catch(() => undefined);
    if (existing?.isDirectory() === true || file === '') {
      throw new UsageError(
        {
          'zh-CN': `yangui ${command}：${option} “${file}” 是文件夹，不能写成文件。`,
          en: `yangui ${command}: ${option} "${file}" is a folder and cannot be written as a file.`,
        },
        {
          'zh-CN': `请给 ${option} 一个文件名，例如 ${path.join(file, 'out.csv')}。`,
          en: `Give ${option} a file name, for example ${path.join(file, 'out.csv')}.`,
        },
      );
    }
    const folder = path.dirname(absolute);
    const info = await stat(folder).catch(() => undefined);
    if (info === undefined || !info.isDirectory()) {
      throw new UsageError(
        {
          'zh-CN': `yangui ${command}：${option} ${file} 所在的文件夹不存在。`,
          en: `yangui ${command}: the folder of ${option} ${file} does not exist.`,
        },
        {
          'zh-CN': '请先建好文件夹，或改用已有的文件夹。',
          en: 'Create the folder first, or write to an existing one.',
        },
      );
    }
  }
}
