import { writeCsv } from '../csv/index.js';
import type { RecordKind } from '../model/types.js';
import { fieldsOf } from './catalogue.js';

/** Returns the file name of a record kind's blank template, such as `returnee-template.csv`. */
export function templateFileName(kind: RecordKind): string {
  return `${kind}-template.csv`;
}

/**
 * Renders the blank CSV template of a record kind: a UTF-8 byte order mark
 * and one header row with the standard header of every field in template
 * order, ended by CRLF. Townships fill it in Excel and send it back.
 */
export function renderTemplateCsv(kind: RecordKind): string {
  const headers = fieldsOf(kind).map((spec) => spec.headers[0] ?? spec.name);
  return writeCsv(headers, [], { bom: true });
}
