// Pairwise evaluation of a clustering of records against the true persons,
// overall, per error type and per kind of look-alike persons, and the
// exact-ID baseline clustering.

/**
 * Pair counts and the measures computed from them.
 *
 * Precision is 1 when no pair is predicted and recall is 1 when there is
 * no true pair, so that an empty side counts as no mistake. F1 is their
 * harmonic mean, and 0 when both are 0.
 * @typedef {object} PairScores
 * @property {number} records records counted
 * @property {number} truePairs pairs of records of the same person
 * @property {number} predictedPairs pairs of records in the same cluster
 * @property {number} truePositives pairs that are both
 * @property {number} falsePositives predicted pairs of different persons
 * @property {number} falseNegatives true pairs left in different clusters
 * @property {number} precision
 * @property {number} recall
 * @property {number} f1
 */

/**
 * Counts of one kind of look-alike persons: pairs of different persons
 * that a linker may take for one, such as twins. A false merge is a pair of
 * records of the two persons of one look-alike pair in one cluster.
 * @typedef {object} LookAlikeScores
 * @property {number} persons persons of the kind
 * @property {number} records records of those persons
 * @property {number} personPairs look-alike pairs with records of both
 *   persons
 * @property {number} crossPairs pairs of records of the two persons of a
 *   look-alike pair
 * @property {number} falseMerges cross pairs in one predicted cluster
 * @property {number} mergedPersonPairs look-alike pairs with at least one
 *   false merge
 */

/**
 * A predicted cluster: a list of record IDs, or an object with
 * `recordIds` such as a person that `linkRecords` returns.
 * @typedef {readonly string[] | { recordIds: readonly string[] }} Cluster
 */

/**
 * Scores a clustering against the `personId` of each record, counting
 * pairs of records. A pair counts for an error type when either record
 * carries that type, so a type's recall shows the true pairs the error
 * makes hard to find, and its precision the false merges it invites.
 * Records that no cluster contains count as singletons.
 *
 * `byLookAlike` counts, per kind, the false merges between the two persons
 * of each look-alike pair that the records' `lookAlike` names. The two
 * persons of a pair must name each other.
 * @param {readonly { id: string, personId: string, errors: readonly string[], lookAlike?: { kind: string, personId: string } }[]} records
 * @param {Iterable<Cluster>} predictedClusters
 * @returns {{ overall: PairScores, byErrorType: Record<string, PairScores>, byLookAlike: Record<string, LookAlikeScores> }}
 *   error types and kinds in code-unit order
 * @throws {Error} when a cluster names an unknown record or a record twice
 */
export function evaluate(records, predictedClusters) {
  const indexById = new Map();
  for (let i = 0; i < records.length; i++) {
    indexById.set(/** @type {{ id: string }} */ (records[i]).id, i);
  }

  // Dense numbers for the true person, predicted cluster and error types
  // of each record.
  const persons = new Map();
  const personOf = new Int32Array(records.length);
  const clusterOf = new Int32Array(records.length).fill(-1);
  const types = new Map();
  /** @type {number[][]} */
  const typesOf = [];
  for (let i = 0; i < records.length; i++) {
    const record = /** @type {(typeof records)[number]} */ (records[i]);
    if (!persons.has(record.personId)) {
      persons.set(record.personId, persons.size);
    }
    personOf[i] = persons.get(record.personId);
    typesOf.push(
      record.errors.map((type) => {
        if (!types.has(type)) types.set(type, types.size);
        return types.get(type);
      }),
    );
  }

  let clusterCount = 0;
  for (const cluster of predictedClusters) {
    const ids = Array.isArray(cluster) ? cluster : cluster.recordIds;
    for (const id of ids) {
      const index = indexById.get(id);
      if (index === undefined) {
        throw new Error(`cluster ${clusterCount} names unknown record ${id}`);
      }
      if (clusterOf[index] !== -1) {
        throw new Error(`record ${id} is in more than one cluster`);
      }
      clusterOf[index] = clusterCount;
    }
    clusterCount += 1;
  }
  for (let i = 0; i < records.length; i++) {
    if (clusterOf[i] === -1) clusterOf[i] = clusterCount++;
  }

  // A cell is the set of records with one person and one cluster.
  const cells = new Map();
  const cellOf = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const key = clusterOf[i] * persons.size + personOf[i];
    if (!cells.has(key)) cells.set(key, cells.size);
    cellOf[i] = cells.get(key);
  }

  const groups = { personOf, clusterOf, cellOf, persons, clusterCount, cells };
  const all = countPairs(groups, () => true);
  const byErrorType = /** @type {Record<string, PairScores>} */ ({});
  const names = [...types.keys()].sort();
  for (const name of names) {
    const type = types.get(name);
    // Pairs where either record has the type are all pairs minus the
    // pairs among records without it.
    const without = countPairs(groups, (i) => !typesOf[i].includes(type));
    const carriers = typesOf.filter((list) => list.includes(type)).length;
    byErrorType[name] = scores({
      records: carriers,
      truePairs: all.truePairs - without.truePairs,
      predictedPairs: all.predictedPairs - without.predictedPairs,
      truePositives: all.truePositives - without.truePositives,
    });
  }
  return {
    overall: scores({ records: records.length, ...all }),
    byErrorType,
    byLookAlike: lookAlikeScores(records, groups),
  };
}

/**
 * Counts the false merges between look-alike persons, per kind. Each pair
 * of persons is counted from the person whose ID sorts first.
 * @param {readonly { personId: string, lookAlike?: { kind: string, personId: string } }[]} records
 * @param {{ personOf: Int32Array, clusterOf: Int32Array, cellOf: Int32Array, persons: Map<string, number>, cells: Map<number, number> }} groups
 * @returns {Record<string, LookAlikeScores>}
 */
function lookAlikeScores(records, groups) {
  const { personOf, clusterOf, cellOf, persons, cells } = groups;
  const recordsOfPerson = new Int32Array(persons.size);
  const cellSizes = new Int32Array(cells.size);
  for (let i = 0; i < records.length; i++) {
    recordsOfPerson[personOf[i]] += 1;
    cellSizes[cellOf[i]] += 1;
  }

  /** @type {Map<string, LookAlikeScores>} */
  const kinds = new Map();
  const countedPersons = new Set();
  const mergedPersons = new Set();
  for (let i = 0; i < records.length; i++) {
    const record = /** @type {(typeof records)[number]} */ (records[i]);
    const lookAlike = record.lookAlike;
    if (!lookAlike) continue;
    let kind = kinds.get(lookAlike.kind);
    if (!kind) {
      kind = {
        persons: 0,
        records: 0,
        personPairs: 0,
        crossPairs: 0,
        falseMerges: 0,
        mergedPersonPairs: 0,
      };
      kinds.set(lookAlike.kind, kind);
    }
    kind.records += 1;
    const person = personOf[i];
    const other = persons.get(lookAlike.personId);
    const first = record.personId < lookAlike.personId;
    if (!countedPersons.has(person)) {
      countedPersons.add(person);
      kind.persons += 1;
      if (first && other !== undefined) {
        kind.personPairs += 1;
        kind.crossPairs += recordsOfPerson[person] * recordsOfPerson[other];
      }
    }
    if (!first || other === undefined) continue;
    // Records of the other person in this record's cluster.
    const cell = cells.get(clusterOf[i] * persons.size + other);
    const merged = cell === undefined ? 0 : cellSizes[cell];
    kind.falseMerges += merged;
    if (merged > 0 && !mergedPersons.has(person)) {
      mergedPersons.add(person);
      kind.mergedPersonPairs += 1;
    }
  }
  const byKind = /** @type {Record<string, LookAlikeScores>} */ ({});
  for (const name of [...kinds.keys()].sort()) {
    byKind[name] = /** @type {LookAlikeScores} */ (kinds.get(name));
  }
  return byKind;
}

/**
 * Counts true, predicted and correctly predicted pairs among the records
 * that `include` selects.
 * @param {{ personOf: Int32Array, clusterOf: Int32Array, cellOf: Int32Array, persons: Map<string, number>, clusterCount: number, cells: Map<number, number> }} groups
 * @param {(index: number) => boolean} include
 */
function countPairs(groups, include) {
  const personSizes = new Int32Array(groups.persons.size);
  const clusterSizes = new Int32Array(groups.clusterCount);
  const cellSizes = new Int32Array(groups.cells.size);
  for (let i = 0; i < groups.personOf.length; i++) {
    if (!include(i)) continue;
    personSizes[groups.personOf[i]] += 1;
    clusterSizes[groups.clusterOf[i]] += 1;
    cellSizes[groups.cellOf[i]] += 1;
  }
  return {
    truePairs: sumPairs(personSizes),
    predictedPairs: sumPairs(clusterSizes),
    truePositives: sumPairs(cellSizes),
  };
}

/**
 * Sums n(n-1)/2 over group sizes.
 * @param {Int32Array} sizes
 */
function sumPairs(sizes) {
  let total = 0;
  for (const n of sizes) total += (n * (n - 1)) / 2;
  return total;
}

/**
 * @param {{ records: number, truePairs: number, predictedPairs: number, truePositives: number }} counts
 * @returns {PairScores}
 */
function scores({ records, truePairs, predictedPairs, truePositives }) {
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const f1 =
    precision + recall === 0
      ? 0
      : (2 * precision * recall) / (precision + recall);
  return {
    records,
    truePairs,
    predictedPairs,
    truePositives,
    falsePositives: predictedPairs - truePositives,
    falseNegatives: truePairs - truePositives,
    precision,
    recall,
    f1,
  };
}

/** GB 11643 weights of the first 17 characters. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Normalises an ID number as a spreadsheet user writes it: NFKC, no
 * whitespace, no leading `'` or `="..."` wrapper, upper-case X. Returns the
 * 18-character number when its check character is correct, otherwise ''.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function validResidentId18(raw) {
  if (!raw) return '';
  let id = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const formula = /^="(.*)"$/.exec(id);
  if (formula) id = /** @type {string} */ (formula[1]);
  if (id.startsWith("'")) id = id.slice(1);
  if (!/^\d{17}[\dX]$/.test(id)) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (id.charCodeAt(i) - 48) * /** @type {number} */ (WEIGHTS[i]);
  }
  return '10X98765432'[sum % 11] === id[17] ? id : '';
}

/**
 * Clusters records by exact ID: records with the same valid 18-character
 * ID number after normalisation form one cluster, and every other record
 * is a singleton.
 * @param {readonly { id: string, residentId?: string }[]} records
 * @returns {string[][]}
 */
export function exactIdClusters(records) {
  /** @type {Map<string, string[]>} */
  const byId = new Map();
  /** @type {string[][]} */
  const clusters = [];
  for (const record of records) {
    const id = validResidentId18(record.residentId);
    if (id === '') {
      clusters.push([record.id]);
      continue;
    }
    const cluster = byId.get(id);
    if (cluster) cluster.push(record.id);
    else byId.set(id, [record.id]);
  }
  return [...clusters, ...byId.values()];
}
