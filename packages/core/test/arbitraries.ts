/**
 * fast-check arbitraries of raw survey records, for property tests of the
 * validation front ends. Each record is keyed by field name with string
 * values, as a form or a CSV row gives it. About half are valid records
 * written in the many forms the engine accepts (code, label or alias,
 * every date form, full-width and lower-case ID numbers ...), and the
 * parity test checks that the share stays between 20% and 80%. The others
 * carry 1 to 3 changes that reach the boundary of a rule from both sides.
 * The changes include Excel errors, empty strings against absent keys,
 * impossible dates, bad ID numbers and credit codes, numbers with bad
 * separators, a status without its business fields, jobs created for
 * another status, and dates after the survey.
 *
 * Validate them with `arbitraryOptions`, which fixes today and the
 * programme start that the dates are drawn against, and optionally with
 * `arbitraryRegistry`, whose places the records name.
 */
import fc from 'fast-check';
import type { RawRecordOf } from '../src/fields/names.js';
import type { RecordKind } from '../src/model/types.js';
import {
  outMigrantArbitrary,
  outMigrantPatchArbitrary,
} from './arbitraries/out-migrant.js';
import {
  applyPatches,
  ARBITRARY_PROGRAMME_START,
  ARBITRARY_TODAY,
  type PatchMaker,
  personArbitrary,
  personPatchArbitrary,
  type PersonPlan,
} from './arbitraries/person.js';
import {
  returneeArbitrary,
  returneePatchArbitrary,
} from './arbitraries/returnee.js';

export { ARBITRARY_PROGRAMME_START, ARBITRARY_TODAY };
export { arbitraryRegistry } from './arbitraries/values.js';

/** Validation options that the arbitrary records are drawn against. */
export const arbitraryOptions = {
  today: ARBITRARY_TODAY,
  programmeStart: ARBITRARY_PROGRAMME_START,
} as const;

/**
 * Draws records from plans: unchanged in 9 cases out of 20, and otherwise
 * with 1 to 3 patches, each of the shared fields or of the kind's own.
 */
function patchedInputs<P extends PersonPlan>(
  kind: RecordKind,
  plans: fc.Arbitrary<P>,
  kindPatches: fc.Arbitrary<PatchMaker<P>>,
): fc.Arbitrary<Record<string, string | undefined>> {
  const patch = fc.oneof(personPatchArbitrary(kind), kindPatches);
  const patches = fc.oneof(
    { arbitrary: fc.constant([]), weight: 9 },
    { arbitrary: fc.array(patch, { minLength: 1, maxLength: 3 }), weight: 11 },
  );
  return fc.tuple(plans, patches).map(([plan, makers]) =>
    applyPatches(
      plan.input,
      makers.map((make) => make(plan)),
    ),
  );
}

/** Raw returnee records, valid and invalid. */
export const returneeInputArbitrary: fc.Arbitrary<RawRecordOf<'returnee'>> =
  patchedInputs(
    'returnee',
    returneeArbitrary(personArbitrary),
    returneePatchArbitrary,
  );

/** Raw records of people working away, valid and invalid. */
export const outMigrantInputArbitrary: fc.Arbitrary<
  RawRecordOf<'out-migrant'>
> = patchedInputs(
  'out-migrant',
  outMigrantArbitrary(personArbitrary),
  outMigrantPatchArbitrary,
);
