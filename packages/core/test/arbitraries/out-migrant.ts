import fc from 'fast-check';
import { industryCodes } from '../../src/codes/industry.js';
import { provinceCodes } from '../../src/codes/provinces.js';
import { needCodes, returnIntentionCodes } from '../../src/codes/survey.js';
import {
  addDays,
  type Day,
  dateFormArbitrary,
  dayAtFraction,
  dayFormArbitrary,
  fractionArbitrary,
  invalidDateArbitrary,
} from './dates.js';
import {
  fixedPatch,
  optional,
  type Patch,
  type PatchMaker,
  type PersonPlan,
  writeOptional,
} from './person.js';
import {
  invalidIntegerArbitrary,
  listCellArbitrary,
  missingArbitrary,
  spellingArbitrary,
  textArbitrary,
  textOfLength,
  unknownCodeArbitrary,
  validIntegerArbitrary,
} from './values.js';

/** Earliest departure day drawn. */
const FIRST_DEPARTURE: Day = { year: 1995, month: 1, day: 1 };

/**
 * Adds the fields of a person working away, valid and consistent, to the
 * shared ones. One person in eight has no ID number but a birth date, as
 * when a relative reports for them, which is valid with a warning.
 */
export function outMigrantArbitrary(
  persons: fc.Arbitrary<PersonPlan>,
): fc.Arbitrary<PersonPlan> {
  return fc
    .tuple(
      persons,
      fc.record({
        departedFraction: fractionArbitrary,
        departedForm: optional(dateFormArbitrary('day-or-month')),
        workProvince: spellingArbitrary(provinceCodes),
        workCity: optional(textArbitrary(['宁波', '深圳', '东莞'], 50)),
        industry: optional(spellingArbitrary(industryCodes)),
        occupation: optional(textArbitrary(['缝纫工', '电工', '快递员'], 50)),
        monthlyIncome: optional(validIntegerArbitrary),
        returnIntention: optional(spellingArbitrary(returnIntentionCodes)),
        needs: optional(listCellArbitrary(spellingArbitrary(needCodes))),
        withoutId: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
        missingId: missingArbitrary,
        birthDateForm: dateFormArbitrary('day-or-month'),
      }),
    )
    .map(([person, { departedFraction, departedForm, ...parts }]) => {
      const departed = dayAtFraction(
        FIRST_DEPARTURE,
        person.surveyed,
        departedFraction,
      );
      const input = {
        ...person.input,
        departedAt: writeOptional(departedForm, departed),
        workProvince: parts.workProvince,
        workCity: parts.workCity,
        industry: parts.industry,
        occupation: parts.occupation,
        monthlyIncome: parts.monthlyIncome,
        returnIntention: parts.returnIntention,
        needs: parts.needs,
      };
      if (!parts.withoutId) {
        return { ...person, input };
      }
      return {
        ...person,
        input: {
          ...input,
          residentId: parts.missingId,
          birthDate: parts.birthDateForm(person.birth),
        },
      };
    });
}

/**
 * Changes to the fields of a person working away, most of them invalid:
 * no ID number with and without a birth date, a departure across the
 * survey day, bad codes and incomes, and over-long text.
 */
export const outMigrantPatchArbitrary: fc.Arbitrary<PatchMaker<PersonPlan>> =
  fc.oneof(
    fixedPatch(
      fc
        .tuple(missingArbitrary, missingArbitrary)
        .map(([residentId, birthDate]) => ({ residentId, birthDate })),
    ),
    fc
      .tuple(missingArbitrary, dayFormArbitrary)
      .map(([residentId, form]) => (plan: PersonPlan) => ({
        residentId,
        birthDate: form(plan.birth),
      })),
    fixedPatch(invalidDateArbitrary.map((departedAt) => ({ departedAt }))),
    fc
      .tuple(fc.integer({ min: 0, max: 60 }), dayFormArbitrary)
      .map(([n, form]) => (plan: PersonPlan) => ({
        departedAt: form(addDays(plan.surveyed, n)),
      })),
    fixedPatch(
      fc
        .tuple(
          fc.constantFrom('workProvince', 'industry', 'returnIntention'),
          unknownCodeArbitrary,
        )
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(
      listCellArbitrary(
        fc.oneof(spellingArbitrary(needCodes), unknownCodeArbitrary),
      ).map((needs) => ({ needs })),
    ),
    fixedPatch(
      invalidIntegerArbitrary.map((monthlyIncome) => ({ monthlyIncome })),
    ),
    fixedPatch(
      fc
        .tuple(fc.constantFrom('workCity', 'occupation'), textOfLength(51))
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
  );
