import {
  compareSourceRows,
  residentIdKey,
  type SourceRow,
  type ValidRecord,
} from '../dedupe/index.js';
import { toLinkRecord } from '../linkage/from-records.js';
import { linkRecords, type LinkOptions } from '../linkage/link.js';
import { type LinkRecord, prepareRecords } from '../linkage/record.js';
import { createPairScorer, termFrequencyTables } from '../linkage/score.js';
import type {
  OutMigrantRecord,
  RecordKind,
  ReturneeRecord,
} from '../model/types.js';

/** A person with records in both the out-migrant and the returnee database. */
export interface PersonInBothDatabases {
  /** Person key from `linkRecords` of the first linked person joined here. */
  key: string;
  /** Out-migrant rows of the person, by file and row. */
  outMigrant: SourceRow[];
  /** Returnee rows of the person, by file and row. */
  returnee: SourceRow[];
  /** Highest match weight of an out-migrant record with a returnee record. */
  weight: number;
}

/** Counts of one `linkAcrossDatabases` run. */
export interface CrossDatabaseCounts {
  /** Out-migrant records linked. */
  outMigrantRecords: number;
  /** Returnee records linked. */
  returneeRecords: number;
  /** Persons found over both databases. */
  persons: number;
  /** Persons with records in both databases. */
  personsInBoth: number;
  /** Links rejected because the valid resident ID numbers differ. */
  conflicts: number;
}

/** Result of `linkAcrossDatabases`. */
export interface CrossDatabaseLinks {
  /** Persons in both databases, ordered by their first out-migrant row. */
  persons: PersonInBothDatabases[];
  /** Counts. */
  counts: CrossDatabaseCounts;
}

/**
 * Links the out-migrant and the returnee records in one `linkRecords` run
 * and returns the persons that have records in both databases, such as
 * people recorded as away who later came back.
 *
 * Records with the same resident ID number always end in one person, even
 * where the linker left them apart, and two different valid numbers are
 * never in one person. Records without an ID number are matched on name,
 * birth date, place and the other fields.
 *
 * @throws {Error} When the given parameters name comparisons or levels that
 * this version does not have.
 */
export function linkAcrossDatabases(
  outMigrantRows: readonly ValidRecord<OutMigrantRecord>[],
  returneeRows: readonly ValidRecord<ReturneeRecord>[],
  options: LinkOptions = {},
): CrossDatabaseLinks {
  // Ids carry the kind, because a file#row id alone may repeat across kinds.
  const entries: Entry[] = [
    ...outMigrantRows.map((row) => toEntry('out-migrant', row)),
    ...returneeRows.map((row) => toEntry('returnee', row)),
  ];
  const records = entries.map((entry) => entry.link);
  const indexById = new Map(records.map((record, index) => [record.id, index]));
  const linked = linkRecords(records, options);

  // Persons of the linker, joined again where two of them share an ID.
  const groups: { key: string; members: number[] }[] = [];
  const groupByResidentId = new Map<string, number>();
  for (const person of linked.persons) {
    const members = person.recordIds.map((id) => indexById.get(id)!);
    const ids = new Set(
      members
        .map((index) => entries[index]!.residentId)
        .filter((id): id is string => id !== undefined),
    );
    const existing = [...ids]
      .map((id) => groupByResidentId.get(id))
      .find((index) => index !== undefined);
    const index = existing ?? groups.length;
    if (existing === undefined) groups.push({ key: person.key, members: [] });
    groups[index]!.members.push(...members);
    for (const id of ids) groupByResidentId.set(id, index);
  }

  const crossGroups = groups.filter(
    (group) =>
      group.members.some((i) => entries[i]!.kind === 'out-migrant') &&
      group.members.some((i) => entries[i]!.kind === 'returnee'),
  );
  const persons: PersonInBothDatabases[] = [];
  if (crossGroups.length > 0) {
    const prepared = prepareRecords(records);
    const score = createPairScorer(
      prepared,
      linked.parameters,
      termFrequencyTables(prepared, linked.parameters),
    );
    for (const group of crossGroups) {
      persons.push(toPersonInBoth(group.key, group.members, entries, score));
    }
  }
  persons.sort((a, b) => compareSourceRows(a.outMigrant[0]!, b.outMigrant[0]!));

  return {
    persons,
    counts: {
      outMigrantRecords: outMigrantRows.length,
      returneeRecords: returneeRows.length,
      persons: groups.length,
      personsInBoth: persons.length,
      conflicts: linked.stats.conflicts,
    },
  };
}

interface Entry {
  kind: RecordKind;
  source: SourceRow;
  link: LinkRecord;
  residentId: string | undefined;
}

function toEntry(
  kind: RecordKind,
  row: ValidRecord<OutMigrantRecord | ReturneeRecord>,
): Entry {
  const link = toLinkRecord(row);
  link.id = `${kind}:${link.id}`;
  return {
    kind,
    source: { file: row.file, row: row.row },
    link,
    residentId: residentIdKey(row.record.residentId),
  };
}

function toPersonInBoth(
  key: string,
  members: readonly number[],
  entries: readonly Entry[],
  score: (i: number, j: number) => number,
): PersonInBothDatabases {
  const outMigrant = members.filter((i) => entries[i]!.kind === 'out-migrant');
  const returnee = members.filter((i) => entries[i]!.kind === 'returnee');

  // NOTE: every cross pair is scored, so the cost grows with the square of
  // the person's size. Scored links build persons of at most
  // `maxClusterSize` records (default 100), but clerk decisions and shared
  // ID numbers can build larger ones.
  let weight = -Infinity;
  for (const i of outMigrant) {
    for (const j of returnee) weight = Math.max(weight, score(i, j));
  }

  const sources = (indexes: number[]) =>
    indexes.map((i) => entries[i]!.source).sort(compareSourceRows);
  return {
    key,
    outMigrant: sources(outMigrant),
    returnee: sources(returnee),
    weight,
  };
}
