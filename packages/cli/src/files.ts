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
