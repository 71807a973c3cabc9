// Survey data for the benchmarks, taken from the generated sample county
// (examples/sample-county): its files as they are, and returnee rows
// repeated into one standard-header CSV file of any length.

import { buildSampleCounty } from '../../examples/sample-county/generate.mjs';

/**
 * Builds the sample county with its default seed and returns its survey
 * files by kind, its registry and the dates its expected figures use.
 */
export function loadSampleCounty(core) {
  const { files, expected } = buildSampleCounty();
  const inputsOf = (folder) =>
    [...files]
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([file, bytes]) => ({ file, bytes }));
  const registryBytes = files.get('registry.csv');
  const { registry, issues } = core.readRegistry({
    file: 'registry.csv',
    bytes: registryBytes,
  });
  const error = issues.find((issue) => issue.severity === 'error');
  if (error !== undefined) {
    throw new Error(
      `The sample county registry is invalid: ${error.code} in row ${error.row}. Check that examples/sample-county and readRegistry agree on the registry format.`,
    );
  }
  return {
    inputs: {
      returnee: inputsOf('returnee'),
      'out-migrant': inputsOf('out-migrant'),
    },
    registry,
    validationOptions: {
      registry,
      today: expected.today,
      programmeStart: expected.programmeStart,
    },
    asOf: expected.asOf,
  };
}

/**
 * Reads every returnee file of the sample county with the core CSV reader
 * and returns its data rows as raw cells in the catalogue's field order,
 * with the standard headers. Values stay as the townships wrote them, so
 * the faulty rows of the sample county stay faulty.
 */
export function readReturneeRows(core, inputs) {
  const fields = core.fieldsOf('returnee');
  const rows = [];
  for (const input of inputs) {
    const table = core.readSurveyCsv(input, 'returnee');
    for (const row of table.rows) {
      rows.push(fields.map((spec) => row.values[spec.name] ?? ''));
    }
  }
  return { headers: fields.map((spec) => spec.headers[0]), rows };
}

/**
 * Writes `count` returnee rows as one UTF-8 CSV file with a BOM and
 * standard headers, repeating the sample rows as often as needed. Each
 * repeat appends `-R<n>` to the record numbers, because a repeated record
 * number within a file is a warning that the sample county does not have.
 */
export function buildReturneeCsv(core, sample, count) {
  const recordIdIndex = core
    .fieldsOf('returnee')
    .findIndex((spec) => spec.name === 'recordId');
  const rows = [];
  for (let index = 0; index < count; index++) {
    const repeat = Math.floor(index / sample.rows.length);
    const row = sample.rows[index % sample.rows.length];
    if (repeat === 0 || row[recordIdIndex] === '') {
      rows.push(row);
      continue;
    }
    const copy = [...row];
    copy[recordIdIndex] = `${row[recordIdIndex]}-R${repeat}`;
    rows.push(copy);
  }
  // Formula escaping would change values such as ="522..." that test the
  // validator, so cells are written as they were read.
  const text = core.writeCsv(sample.headers, rows, {
    bom: true,
    escapeFormulas: false,
  });
  return new TextEncoder().encode(text);
}
