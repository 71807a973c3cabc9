// CSV text and bytes of the output files: registry, one survey file per
// township and kind, ground truth and expected figures.

import iconv from 'iconv-lite';

import { formatRecord } from './formatting.mjs';
import { compareText } from './random.mjs';

/**
 * Quotes a cell when it contains a comma, a double quote or a line break,
 * as Excel does when it saves CSV.
 * @param {string} cell
 * @returns {string}
 */
function quoteCell(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Joins rows into CSV text with CRLF line ends and a final line end.
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
export function toCsvText(rows) {
  return rows.map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Encodes text as UTF-8 with or without a byte order mark, or as GB18030.
 * @param {string} text
 * @param {'utf-8-bom' | 'utf-8' | 'gb18030'} encoding
 * @returns {Uint8Array}
 */
export function encodeText(text, encoding) {
  if (encoding === 'gb18030') {
    const bytes = iconv.encode(text, 'gb18030');
    if (iconv.decode(bytes, 'gb18030') !== text) {
      throw new Error('text does not survive GB18030 encoding');
    }
    return new Uint8Array(bytes);
  }
  const prefix = encoding === 'utf-8-bom' ? '\uFEFF' : '';
  return new TextEncoder().encode(prefix + text);
}

/**
 * One line of ground-truth.csv.
 * @typedef {object} TruthRow
 * @property {string} file path under the output folder
 * @property {number} row spreadsheet row, the header being row 1
 * @property {string} personId
 * @property {'returnee' | 'out-migrant'} kind
 * @property {'valid' | 'rejected'} expected
 * @property {string} fault
 * @property {'first' | 'duplicate'} role first record of the person in the
 *   database by survey date, or a later one
 * @property {string} note
 */

/**
 * @typedef {object} SurveyFile
 * @property {string} path
 * @property {Uint8Array} bytes
 * @property {TruthRow[]} truth
 */

/**
 * Writes the records of one township and kind into a CSV file: rows sorted
 * by village code, survey date and person, record numbers counted per round.
 * @param {object} input
 * @param {string} input.path
 * @param {import('./records.mjs').SurveyRecord[]} input.records
 * @param {Map<import('./records.mjs').SurveyRecord, 'first' | 'duplicate'>} input.roles
 * @param {import('./formatting.mjs').FormatContext} input.context
 * @returns {SurveyFile}
 */
export function writeSurveyFile({ path, records, roles, context }) {
  const sorted = records
    .slice()
    .sort(
      (a, b) =>
        compareText(a.villageCode, b.villageCode) ||
        a.surveyedAt - b.surveyedAt ||
        compareText(a.personId, b.personId),
    );
  const prefix = sorted[0]?.kind === 'returnee' ? 'H' : 'W';
  const sequence = [0, 0, 0];
  /** @type {string[][]} */
  const rows = [context.style.columns.map((column) => column.header)];
  /** @type {TruthRow[]} */
  const truth = [];
  for (const record of sorted) {
    sequence[record.round] = (sequence[record.round] ?? 0) + 1;
    const township = record.townshipCode.slice(6);
    const number = String(sequence[record.round]).padStart(4, '0');
    const recordId = `${prefix}${record.round + 1}-${township}-${number}`;
    rows.push(formatRecord(record, recordId, context));
    truth.push({
      file: path,
      row: rows.length,
      personId: record.personId,
      kind: record.kind,
      expected: record.fault === '' ? 'valid' : 'rejected',
      fault: record.fault,
      role: roles.get(record) ?? 'first',
      note: record.note,
    });
  }
  return {
    path,
    bytes: encodeText(toCsvText(rows), context.style.encoding),
    truth,
  };
}

/**
 * Marks each person's earliest record in a database as `first` and the
 * others as `duplicate`.
 * @param {{ records: import('./records.mjs').SurveyRecord[] }[]} histories
 * @returns {Map<import('./records.mjs').SurveyRecord, 'first' | 'duplicate'>}
 */
export function assignRoles(histories) {
  /** @type {Map<import('./records.mjs').SurveyRecord, 'first' | 'duplicate'>} */
  const roles = new Map();
  for (const { records } of histories) {
    const byDate = records.slice().sort((a, b) => a.surveyedAt - b.surveyedAt);
    byDate.forEach((record, index) =>
      roles.set(record, index === 0 ? 'first' : 'duplicate'),
    );
  }
  return roles;
}

/**
 * Returns the bytes of ground-truth.csv (UTF-8 with BOM, CRLF).
 * @param {TruthRow[]} truth
 * @returns {Uint8Array}
 */
export function groundTruthBytes(truth) {
  const header = [
    'file',
    'row',
    'personId',
    'kind',
    'expected',
    'fault',
    'role',
    'note',
  ];
  const rows = truth.map((t) => [
    t.file,
    String(t.row),
    t.personId,
    t.kind,
    t.expected,
    t.fault,
    t.role,
    t.note,
  ]);
  return encodeText(toCsvText([header, ...rows]), 'utf-8-bom');
}
