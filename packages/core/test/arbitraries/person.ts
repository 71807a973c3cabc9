import fc from 'fast-check';
import {
  educationCodes,
  ethnicityCodes,
  sexCodes,
} from '../../src/codes/people.js';
import { fieldsOf } from '../../src/fields/catalogue.js';
import type { RecordKind, Sex } from '../../src/model/types.js';
import {
  addDays,
  type Day,
  dayBetween,
  dateFormArbitrary,
  dayFormArbitrary,
  invalidDateArbitrary,
  monthFormArbitrary,
  parseDay,
} from './dates.js';
import { invalidResidentIdArbitrary, residentIdMakerArbitrary } from './ids.js';
import {
  excelErrorArbitrary,
  invalidNameArbitrary,
  invalidPhoneArbitrary,
  listCellArbitrary,
  missingArbitrary,
  placeArbitrary,
  spellerArbitrary,
  spellingArbitrary,
  textArbitrary,
  textOfLength,
  unknownCodeArbitrary,
  unknownPlaceArbitrary,
  validNameArbitrary,
  validPhoneArbitrary,
} from './values.js';

/** Date the record arbitraries treat as today. */
export const ARBITRARY_TODAY = '2024-07-01';

/** Programme start the record arbitraries assume. */
export const ARBITRARY_PROGRAMME_START = '2020-01-01';

/** Marks a key that a patch removes from the input object. */
export const ABSENT = Symbol('absent');

/** Raw input of a record: field name to raw string, or absent. */
export type RawInput = Record<string, string | undefined>;

/** Changes to a raw input; `ABSENT` removes the key. */
export type Patch = Record<string, string | undefined | typeof ABSENT>;

/** Builds a patch from the facts of a record. */
export type PatchMaker<P> = (plan: P) => Patch;

/** Applies patches in order to a copy of an input. */
export function applyPatches(
  input: RawInput,
  patches: readonly Patch[],
): RawInput {
  const result: RawInput = { ...input };
  for (const patch of patches) {
    for (const [field, value] of Object.entries(patch)) {
      if (value === ABSENT) {
        delete result[field];
      } else {
        result[field] = value;
      }
    }
  }
  return result;
}

/** Wraps patches that do not depend on the record as patch makers. */
export function fixedPatch<P>(
  patches: fc.Arbitrary<Patch>,
): fc.Arbitrary<PatchMaker<P>> {
  return patches.map((patch) => () => patch);
}

/** A consistent set of shared fields and the facts later fields build on. */
export interface PersonPlan {
  /** Survey day, between the programme start and today. */
  surveyed: Day;
  /** Birth day, encoded in the resident ID number. */
  birth: Day;
  /** Sex, encoded in the resident ID number. */
  sex: Sex;
  /** Raw values of the shared fields. */
  input: RawInput;
}

/** Makes a value optional: missing in one case out of `1 + weight`. */
export function optional<T>(
  arbitrary: fc.Arbitrary<T>,
  weight = 3,
): fc.Arbitrary<T | string | undefined> {
  return fc.oneof(
    { arbitrary: missingArbitrary, weight: 1 },
    { arbitrary, weight },
  );
}

/** Writes a day with an optional form, or passes a missing value on. */
export function writeOptional(
  form: ((day: Day) => string) | string | undefined,
  day: Day,
): string | undefined {
  return typeof form === 'function' ? form(day) : form;
}

/** Skills as a survey file lists them. */
const skillsArbitrary = listCellArbitrary(
  fc.constantFrom('电工', '焊工', '厨师', '驾驶', '缝纫', '电工'),
);

/** Shared fields that pass validation with or without the registry. */
export const personArbitrary: fc.Arbitrary<PersonPlan> = fc
  .record({
    surveyed: dayBetween(
      parseDay(ARBITRARY_PROGRAMME_START),
      parseDay(ARBITRARY_TODAY),
    ),
    birth: dayBetween(
      { year: 1950, month: 1, day: 1 },
      { year: 2006, month: 12, day: 31 },
    ),
    makeId: residentIdMakerArbitrary,
    spell: spellerArbitrary,
    birthDateForm: optional(dateFormArbitrary('day-or-month'), 1),
    surveyedAtForm: dayFormArbitrary,
    recordId: optional(fc.nat(9999).map((n) => `R-${n}`)),
    name: validNameArbitrary,
    ethnicity: optional(spellingArbitrary(ethnicityCodes)),
    education: optional(spellingArbitrary(educationCodes)),
    phone: optional(validPhoneArbitrary),
    place: placeArbitrary,
    skills: optional(skillsArbitrary),
    enumerator: textArbitrary(['李调查', '王芳', 'Zhang Wei'], 50),
  })
  .map(({ surveyed, birth, makeId, spell, place, ...parts }) => {
    const id = makeId(birth);
    return {
      surveyed,
      birth,
      sex: id.sex,
      input: {
        recordId: parts.recordId,
        name: parts.name,
        residentId: id.written,
        sex: spell(sexCodes, id.sex),
        birthDate: writeOptional(parts.birthDateForm, birth),
        ethnicity: parts.ethnicity,
        education: parts.education,
        phone: parts.phone,
        township: place.township,
        village: place.village,
        skills: parts.skills,
        surveyedAt: parts.surveyedAtForm(surveyed),
        enumerator: parts.enumerator,
      },
    };
  });

/**
 * Survey dates at and across the rule boundaries: today and the programme
 * start pass, the days after today and before the start fail, and so do a
 * year and month alone and impossible dates.
 */
const surveyDatePatchArbitrary: fc.Arbitrary<PatchMaker<PersonPlan>> = (() => {
  const today = parseDay(ARBITRARY_TODAY);
  const start = parseDay(ARBITRARY_PROGRAMME_START);
  const fixedDay = (days: fc.Arbitrary<Day>) =>
    fc
      .tuple(days, dayFormArbitrary)
      .map(([day, form]) => () => ({ surveyedAt: form(day) }));
  return fc.oneof(
    fixedPatch(invalidDateArbitrary.map((surveyedAt) => ({ surveyedAt }))),
    monthFormArbitrary.map((form) => (plan: PersonPlan) => ({
      surveyedAt: form(plan.surveyed),
    })),
    fixedDay(fc.constantFrom(today, start, addDays(start, -1))),
    fixedDay(fc.integer({ min: 1, max: 400 }).map((n) => addDays(today, n))),
  );
})();

/** Changes to the birth date: impossible, against the ID, after the survey. */
const birthDatePatchArbitrary: fc.Arbitrary<PatchMaker<PersonPlan>> = fc.oneof(
  fixedPatch(invalidDateArbitrary.map((birthDate) => ({ birthDate }))),
  fc
    .tuple(fc.integer({ min: 1, max: 3000 }), dayFormArbitrary)
    .map(([n, form]) => (plan: PersonPlan) => ({
      birthDate: form(addDays(plan.birth, -n)),
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 60 }), dayFormArbitrary)
    .map(([n, form]) => (plan: PersonPlan) => ({
      birthDate: form(addDays(plan.surveyed, n)),
    })),
);

/**
 * Changes to the shared fields, most of them invalid: Excel errors and
 * missing values in any field, bad names, ID numbers, phones and codes,
 * a sex or birth date against the ID, unknown places, and survey dates
 * across their boundaries.
 */
export function personPatchArbitrary(
  kind: RecordKind,
): fc.Arbitrary<PatchMaker<PersonPlan>> {
  const field = fc.constantFrom(...fieldsOf(kind).map((spec) => spec.name));
  return fc.oneof(
    fixedPatch(
      fc
        .tuple(field, excelErrorArbitrary)
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(
      fc
        .tuple(field, fc.oneof(missingArbitrary, fc.constant(ABSENT)))
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(invalidNameArbitrary.map((name) => ({ name }))),
    fixedPatch(
      invalidResidentIdArbitrary.map((residentId) => ({ residentId })),
    ),
    fixedPatch(unknownCodeArbitrary.map((sex) => ({ sex }))),
    spellerArbitrary.map((spell) => (plan: PersonPlan) => ({
      sex: spell(sexCodes, plan.sex === 'male' ? 'female' : 'male'),
    })),
    birthDatePatchArbitrary,
    fixedPatch(
      fc
        .tuple(fc.constantFrom('ethnicity', 'education'), unknownCodeArbitrary)
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(invalidPhoneArbitrary.map((phone) => ({ phone }))),
    fixedPatch(unknownPlaceArbitrary),
    fixedPatch(
      listCellArbitrary(fc.oneof(fc.constant('电工'), textOfLength(51))).map(
        (skills) => ({ skills }),
      ),
    ),
    surveyDatePatchArbitrary,
    fixedPatch(
      fc
        .tuple(fc.constantFrom('enumerator', 'recordId'), textOfLength(51))
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
  );
}
