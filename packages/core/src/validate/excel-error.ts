/**
 * Error values that Excel and WPS write into a cell whose formula failed.
 * Excel shows them in English in every language version, including zh-CN.
 */
const excelErrorValues: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

/** Returns whether a trimmed cell value is a spreadsheet error value. */
export function isExcelError(value: string): boolean {
  return excelErrorValues.has(value.toUpperCase());
}
