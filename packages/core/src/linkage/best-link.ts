/**
 * The strongest link of each record within its person, for reports that
 * show why a record was put with the others.
 */
import type { LinkedPerson } from './link.js';
import type { LinkageParameters } from './model.js';
import { type LinkRecord, prepareRecords } from './record.js';
import {
  createPairExplainer,
  createPairScorer,
  type PairScore,
  termFrequencyTables,
} from './score.js';

/** The record a record is most strongly linked to within its person. */
export interface BestLink {
  /** Id of the other record. */
  recordId: string;
  /** Match weight of the pair, term frequency adjustment included. */
  weight: number;
  /** Prior and per-comparison weights that sum to `weight`. */
  explanation: PairScore;
}

/** Options of `findBestLinks`. */
export interface BestLinkOptions {
  /**
   * Whether `target` may be the other record of the best link of `from`;
   * any record may by default.
   */
  isTarget?: (target: string, from: string) => boolean;
}

/**
 * Largest person whose pairs are all scored. Scoring is quadratic in the
 * person's size, and only a clerk's decisions can build persons larger
 * than the default cluster limit of 100.
 */
const MAX_SCORED_PERSON = 300;

/**
 * Finds, for each record of a person with two or more records, the other
 * record of the same person with the highest match weight under
 * `parameters`. Records alone in their person, and records of persons with
 * more than 300 records, have no entry, as have records whose person has
 * no other record that `options.isTarget` accepts.
 *
 * NOTE: the records are prepared again (name forms, ID parsing), which
 * roughly doubles the preparation time of a `linkRecords` run.
 */
export function findBestLinks(
  records: readonly LinkRecord[],
  persons: readonly LinkedPerson[],
  parameters: LinkageParameters,
  options: BestLinkOptions = {},
): Map<string, BestLink> {
  const best = new Map<
    string,
    { index: number; other: number; weight: number }
  >();
  const isTarget = options.isTarget ?? (() => true);
  if (!persons.some((person) => person.recordIds.length > 1)) return new Map();

  const prepared = prepareRecords(records);
  const indexById = new Map(records.map((record, index) => [record.id, index]));
  const score = createPairScorer(
    prepared,
    parameters,
    termFrequencyTables(prepared, parameters),
  );

  for (const person of persons) {
    const size = person.recordIds.length;
    if (size < 2 || size > MAX_SCORED_PERSON) continue;
    const indexes = person.recordIds.map((id) => indexById.get(id));
    for (let x = 0; x < size; x += 1) {
      for (let y = x + 1; y < size; y += 1) {
        const i = indexes[x];
        const j = indexes[y];
        if (i === undefined || j === undefined) continue;
        const weight = score(i, j);
        const idX = person.recordIds[x] as string;
        const idY = person.recordIds[y] as string;
        if (isTarget(idY, idX)) keepBetter(best, idX, i, j, weight);
        if (isTarget(idX, idY)) keepBetter(best, idY, j, i, weight);
      }
    }
  }

  const explain = createPairExplainer(
    prepared,
    parameters,
    termFrequencyTables(prepared, parameters),
  );
  const links = new Map<string, BestLink>();
  for (const [id, { index, other, weight }] of best) {
    links.set(id, {
      recordId: records[other]?.id as string,
      weight,
      explanation: explain(Math.min(index, other), Math.max(index, other)),
    });
  }
  return links;
}

function keepBetter(
  best: Map<string, { index: number; other: number; weight: number }>,
  id: string,
  index: number,
  other: number,
  weight: number,
): void {
  const current = best.get(id);
  if (current === undefined || weight > current.weight) {
    best.set(id, { index, other, weight });
  }
}
