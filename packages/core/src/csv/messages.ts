import type { MessageTemplates } from '../issues/issue.js';

const saveAsCsv = {
  'zh-CN':
    '请在 Excel 中打开它，另存为“CSV UTF-8(逗号分隔)”，再读取另存的文件。',
  en: 'Open it in Excel, save it as "CSV UTF-8 (Comma delimited)" and read the saved file.',
};

/** Messages of the issues the CSV reader raises, by issue code. */
export const csvMessages: Record<string, MessageTemplates> = {
  csv_excel_workbook: {
    'zh-CN': `文件“{file}”是 Excel 工作簿（.xlsx 或 .xls），不是 CSV 文件。${saveAsCsv['zh-CN']}`,
    en: `File "{file}" is an Excel workbook (.xlsx or .xls), not a CSV file. ${saveAsCsv.en}`,
  },
  csv_utf16_text: {
    'zh-CN': `文件“{file}”是 UTF-16 编码的文本（Excel 的“Unicode 文本”格式），无法作为 CSV 读取。${saveAsCsv['zh-CN']}`,
    en: `File "{file}" is UTF-16 text (Excel's "Unicode Text" format), which cannot be read as CSV. ${saveAsCsv.en}`,
  },
  csv_binary_file: {
    'zh-CN': `文件“{file}”不是文本文件（含有 NUL 字节），无法作为 CSV 读取。${saveAsCsv['zh-CN']}`,
    en: `File "{file}" is not a text file (it contains NUL bytes), so it cannot be read as CSV. ${saveAsCsv.en}`,
  },
  csv_invalid_bytes: {
    'zh-CN':
      '文件“{file}”中有 {count} 处字节无法按 UTF-8 或 GB18030 识别（可能是两种编码混在了一个文件里），已替换为“�”，含有它们的值会被判为无效。请用一种编码重新保存整个文件，例如另存为“CSV UTF-8(逗号分隔)”。',
    en: 'File "{file}" has {count} byte sequences that are not valid UTF-8 or GB18030 (perhaps two encodings were mixed in one file); they were replaced by "�", and values containing them are reported as invalid. Save the whole file again in one encoding, for example as "CSV UTF-8 (Comma delimited)".',
  },
  csv_empty_file: {
    'zh-CN': '文件“{file}”是空的，找不到表头行。请确认选择了正确的文件。',
    en: 'File "{file}" is empty, so it has no header row. Check that you chose the right file.',
  },
  csv_wrong_delimiter: {
    'zh-CN':
      '文件“{file}”第 {row} 行的表头用“{delimiter}”分隔，而不是逗号。请在 Excel 中另存为“CSV UTF-8(逗号分隔)”。',
    en: 'The header on row {row} of file "{file}" is separated by "{delimiter}" instead of commas. Save the file in Excel as "CSV UTF-8 (Comma delimited)".',
  },
  csv_rows_before_header: {
    'zh-CN':
      '表头在第 {row} 行，它上面的 {count} 行非空行（标题或说明）已跳过。如果其中有数据，请把表头移到第一行。',
    en: 'The header is on row {row}, so the {count} non-empty rows above it (titles or notes) were skipped. If they contain data, move the header to the first row.',
  },
  csv_duplicate_column: {
    'zh-CN':
      '列 {letter}“{column}”与列 {firstLetter}“{firstColumn}”是同一列（表头相同，或是同一字段的不同写法）。请删除其中一列，或给它改名。',
    en: 'Column {letter} "{column}" duplicates column {firstLetter} "{firstColumn}" (the same header, or two headers of the same field). Delete one of them or rename it.',
  },
  csv_missing_column: {
    'zh-CN':
      '缺少必填列“{column}”。这一列的表头可以写作：{headers}。请在表头行加上这一列。',
    en: 'Required column "{column}" is missing. Its header may be written as: {headers}. Add the column to the header row.',
  },
  csv_unknown_column: {
    'zh-CN':
      '列 {letter}“{column}”不是模板中的列，其内容已保留但不做校验。如果它是某个字段的另一种写法，请改用模板中的表头。',
    en: 'Column {letter} "{column}" is not in the template, so its values are kept but not checked. If it is another spelling of a template field, use the template header.',
  },
  csv_unnamed_column: {
    'zh-CN':
      '列 {letter} 没有表头，但从第 {row} 行起有内容，其内容已保留但不做校验。请给这一列加上表头，或删除它。',
    en: 'Column {letter} has no header but contains values from row {row} on, so they are kept but not checked. Add a header to the column or delete it.',
  },
  csv_no_data_rows: {
    'zh-CN': '文件“{file}”只有表头，没有数据行。',
    en: 'File "{file}" has a header but no data rows.',
  },
  csv_repeated_header: {
    'zh-CN':
      '第 {row} 行与表头相同，已跳过。文件可能是几个表拼接成的，请检查拼接处的数据。',
    en: 'Row {row} repeats the header and was skipped. The file may have been put together from several tables, so check the rows around it.',
  },
  csv_row_too_long: {
    'zh-CN':
      '第 {row} 行有 {cells} 个单元格，多于表头的 {columns} 列，内容可能错位。请检查这一行的逗号和引号。',
    en: 'Row {row} has {cells} cells but the header has {columns} columns, so values may be in the wrong columns. Check the commas and quotes in this row.',
  },
  csv_row_too_short: {
    'zh-CN':
      '第 {row} 行只有 {cells} 个单元格，少于表头的 {columns} 列，内容可能错位。请检查这一行的逗号和引号。',
    en: 'Row {row} has {cells} cells but the header has {columns} columns, so values may be in the wrong columns. Check the commas and quotes in this row.',
  },
  csv_unclosed_quote: {
    'zh-CN':
      '第 {row} 行的一个引号没有闭合，从这里到文件末尾都被读成了一个单元格。请修正这一行的引号。',
    en: 'A quote on row {row} is never closed, so everything from there to the end of the file was read as one cell. Fix the quotes in this row.',
  },
  csv_bad_quotes: {
    'zh-CN':
      '第 {row} 行有一个引号后面紧跟着其他字符，不是有效的 CSV 引号。请修正这一行的引号。',
    en: 'Row {row} has a closing quote followed by other characters, which is not valid CSV quoting. Fix the quotes in this row.',
  },
};
