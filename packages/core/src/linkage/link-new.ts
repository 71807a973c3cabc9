/**
 * Incremental linkage: a new round's records linked to the persons known
 * from earlier rounds, without linking the known records again.
 */
import type { LinkOptions, LinkResult } from './link.js';
import { groupPersons, runLinkage } from './link.js';
import { assignStableKeys, type KeyEvent } from './persist.js';
import type { LinkRecord } from './record.js';

/** Persons known from an earlier run: their records and keys. */
export interface KnownPersons {
  /** Records linked earlier. */
  records: readonly LinkRecord[];
  /** Person key of each record, in the order of `records`. */
  keys: readonly string[];
}

/** Result of `linkNewRecords`. */
export interface IncrementalLinkResult extends LinkResult {
  /** Merges of known persons, made by a clerk's decision. */
  events: KeyEvent[];
}

/**
 * Links new records to persons known from an earlier run, and to each
 * other, without linking the known records again. Only candidate pairs
 * with at least one new record are compared and scored, and the records of
 * a known person stay together. Scores never merge two known persons: such
 * a pair goes to review with the reason `known_persons`. A clerk's "same"
 * decision can merge them, and the merge is listed in `events`.
 *
 * NOTE: every known record is still prepared and blocked, so a run takes
 * about as long as linking all records again (measured at 300,000 records
 * in docs/benchmarks.md). The gain is that known persons never change.
 *
 * Known persons keep their keys, a new record that joins one gets its key,
 * and a new person gets a key that no known person has.
 *
 * Without `parameters`, parameters are estimated from the pairs with a new
 * record when there are at least `minRecordsToEstimate` new records, and
 * the defaults are used otherwise. Passing the parameters saved in the
 * earlier run keeps weights comparable between runs.
 *
 * @throws {Error} When two records (known or new) share an id, when
 * `known.keys` does not have one key per known record, or when the given
 * parameters name comparisons or levels that this version does not have.
 */
export function linkNewRecords(
  known: KnownPersons,
  records: readonly LinkRecord[],
  options: LinkOptions = {},
): IncrementalLinkResult {
  if (known.keys.length !== known.records.length) {
    throw new Error(
      `Expected one person key per known record: ${known.records.length} records, ${known.keys.length} keys`,
    );
  }
  const all = [...known.records, ...records];
  const groupByKey = new Map<string, number>();
  const groups = new Int32Array(all.length).fill(-1);
  known.keys.forEach((key, index) => {
    let group = groupByKey.get(key);
    if (group === undefined) {
      group = groupByKey.size;
      groupByKey.set(key, group);
    }
    groups[index] = group;
  });
  const { clusterOf, ...result } = runLinkage(all, options, {
    groups,
    firstNew: known.records.length,
  });
  const recordKey = new Map<string, string>();
  known.records.forEach((record, index) => {
    recordKey.set(record.id, known.keys[index] as string);
  });
  const stable = assignStableKeys(
    { persons: groupPersons(all, clusterOf, false) },
    { recordKey },
  );
  return { persons: stable.persons, ...result, events: stable.events };
}
