import fc from 'fast-check';
import { industryCodes } from '../../src/codes/industry.js';
import { yesNoCodes } from '../../src/codes/people.js';
import { provinceCodes } from '../../src/codes/provinces.js';
import {
  entityTypeCodes,
  parkCodes,
  returneeStatusCodes,
  supportCodes,
} from '../../src/codes/survey.js';
import type { EntityType, ReturneeStatus } from '../../src/model/types.js';
import {
  addDays,
  type Day,
  dateFormArbitrary,
  dayAtFraction,
  dayFormArbitrary,
  fractionArbitrary,
  fromDayNumber,
  invalidDateArbitrary,
  toDayNumber,
} from './dates.js';
import { creditCodeArbitrary, invalidCreditCodeArbitrary } from './ids.js';
import {
  fixedPatch,
  optional,
  type Patch,
  type PatchMaker,
  type PersonPlan,
  type RawInput,
  writeOptional,
} from './person.js';
import {
  invalidIntegerArbitrary,
  invalidNumberArbitrary,
  listCellArbitrary,
  spellerArbitrary,
  spellingArbitrary,
  textArbitrary,
  textOfLength,
  unknownCodeArbitrary,
  validDecimalArbitrary,
  validIntegerArbitrary,
} from './values.js';

/** Returnee facts that the patches build on. */
export interface ReturneePlan extends PersonPlan {
  /** Return day, on or before the survey day. */
  returned: Day;
}

/** Statuses other than self-employed. */
const OTHER_STATUSES: readonly ReturneeStatus[] = [
  'employed',
  'unemployed',
  'left_again',
];

/** Business names and employers as surveys write them. */
const ORGANISATION_NAMES = ['青山生态养殖场', '龙泉电子厂', '石门农家乐'];

/** Earliest return day drawn. */
const FIRST_RETURN: Day = { year: 2005, month: 1, day: 1 };

/** Parts of the status fields, drawn before the days are known. */
const statusPartsArbitrary = fc.record({
  status: fc.constantFrom<ReturneeStatus>('self_employed', ...OTHER_STATUSES),
  entityType: fc.constantFrom(
    ...entityTypeCodes.entries.map((entry) => entry.code),
  ),
  spell: spellerArbitrary,
  organisation: textArbitrary(ORGANISATION_NAMES, 100),
  creditCode: optional(creditCodeArbitrary, 4),
  familyFarm: optional(spellingArbitrary(yesNoCodes)),
  startedFraction: fractionArbitrary,
  startedForm: optional(dateFormArbitrary('day-or-month')),
  investment: optional(validDecimalArbitrary),
  park: optional(spellingArbitrary(parkCodes)),
  jobsCreated: optional(validIntegerArbitrary),
  support: optional(listCellArbitrary(spellingArbitrary(supportCodes))),
  loanAmount: optional(validDecimalArbitrary),
  otherJobsCreated: optional(fc.constant('0')),
  otherPark: fc.boolean(),
});

/** Parts of the status fields. */
type StatusParts =
  typeof statusPartsArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Builds the status fields: the business of the self-employed, else work. */
function statusFields(
  parts: StatusParts,
  returned: Day,
  surveyed: Day,
): RawInput {
  const { status, spell } = parts;
  if (status !== 'self_employed') {
    return {
      status: spell(returneeStatusCodes, status),
      ...(status === 'employed' ? { employer: parts.organisation } : {}),
      jobsCreated: parts.otherJobsCreated,
      ...(parts.otherPark ? { park: spell(parkCodes, 'none') } : {}),
    };
  }
  // A business starts at most a year before the return (the tolerance of
  // the start-before-return warning) and not after the survey.
  const startFirst = addDays(returned, -365);
  const startLast = fromDayNumber(
    Math.min(toDayNumber(returned) + 200, toDayNumber(surveyed)),
  );
  const started = dayAtFraction(startFirst, startLast, parts.startedFraction);
  const entityType: EntityType = parts.entityType;
  return {
    status: spell(returneeStatusCodes, 'self_employed'),
    businessName: parts.organisation,
    entityType: spell(entityTypeCodes, entityType),
    creditCode: entityType === 'unregistered' ? '' : parts.creditCode,
    familyFarm: parts.familyFarm,
    startedAt: writeOptional(parts.startedForm, started),
    investment: parts.investment,
    park: parts.park,
    jobsCreated: parts.jobsCreated,
    support: parts.support,
    loanAmount: parts.loanAmount,
  };
}

/** Adds the returnee fields, valid and consistent, to the shared ones. */
export function returneeArbitrary(
  persons: fc.Arbitrary<PersonPlan>,
): fc.Arbitrary<ReturneePlan> {
  return fc
    .tuple(
      persons,
      fc.record({
        returnedFraction: fractionArbitrary,
        returnedForm: dateFormArbitrary('day-or-month'),
        previousWorkProvince: optional(spellingArbitrary(provinceCodes)),
        industry: optional(spellingArbitrary(industryCodes)),
        statusParts: statusPartsArbitrary,
      }),
    )
    .map(([person, parts]) => {
      const returned = dayAtFraction(
        FIRST_RETURN,
        person.surveyed,
        parts.returnedFraction,
      );
      return {
        ...person,
        returned,
        input: {
          ...person.input,
          returnedAt: parts.returnedForm(returned),
          previousWorkProvince: parts.previousWorkProvince,
          industry: parts.industry,
          ...statusFields(parts.statusParts, returned, person.surveyed),
        },
      };
    });
}

/** Changes that break a rule tying a field to the status or entity type. */
const statusPatchArbitrary: fc.Arbitrary<Patch> = fc
  .tuple(
    spellerArbitrary,
    fc.constantFrom(...OTHER_STATUSES),
    fc.integer({ min: 0, max: 20 }),
    fc.nat(6),
  )
  .map(([spell, otherStatus, jobs, choice]): Patch => {
    const status = spell(returneeStatusCodes, otherStatus);
    const selfEmployed = spell(returneeStatusCodes, 'self_employed');
    const patches: Patch[] = [
      { status: '退休' },
      { status: selfEmployed, businessName: '' },
      { status: selfEmployed, entityType: undefined },
      { status: '就业', employer: '' },
      { status, jobsCreated: String(jobs) },
      { status, employer: '厂', park: spell(parkCodes) },
      { entityType: '未登记', creditCode: '91350100M000100Y43' },
    ];
    return patches[choice % patches.length] ?? {};
  });

/**
 * Changes to the return and business start dates across the survey day
 * and the start-before-return tolerance of 365 days.
 */
const datePatchArbitrary: fc.Arbitrary<PatchMaker<ReturneePlan>> = fc.oneof(
  fixedPatch(invalidDateArbitrary.map((returnedAt) => ({ returnedAt }))),
  fixedPatch(invalidDateArbitrary.map((startedAt) => ({ startedAt }))),
  fc
    .tuple(
      fc.constantFrom('returnedAt', 'startedAt'),
      fc.integer({ min: 0, max: 60 }),
      dayFormArbitrary,
    )
    .map(([name, n, form]) => (plan: ReturneePlan) => ({
      [name]: form(addDays(plan.surveyed, n)),
    })),
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(-365, -366, -367),
        fc.integer({ min: -3000, max: -300 }),
      ),
      dateFormArbitrary('day-or-month'),
    )
    .map(([n, form]) => (plan: ReturneePlan) => ({
      startedAt: form(addDays(plan.returned, n)),
    })),
);

/**
 * Changes to the returnee fields, most of them invalid: dates across the
 * survey day and the start-before-return tolerance, bad codes, numbers and
 * credit codes, over-long names, and status rules.
 */
export const returneePatchArbitrary: fc.Arbitrary<PatchMaker<ReturneePlan>> =
  fc.oneof(
    datePatchArbitrary,
    fixedPatch(
      fc
        .tuple(
          fc.constantFrom(
            'previousWorkProvince',
            'industry',
            'entityType',
            'park',
            'familyFarm',
          ),
          unknownCodeArbitrary,
        )
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(
      listCellArbitrary(
        fc.oneof(spellingArbitrary(supportCodes), unknownCodeArbitrary),
      ).map((support) => ({ support })),
    ),
    fixedPatch(
      invalidCreditCodeArbitrary.map((creditCode) => ({ creditCode })),
    ),
    fixedPatch(
      fc
        .tuple(
          fc.constantFrom('investment', 'loanAmount'),
          invalidNumberArbitrary,
        )
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(invalidIntegerArbitrary.map((jobsCreated) => ({ jobsCreated }))),
    fixedPatch(
      fc
        .tuple(fc.constantFrom('employer', 'businessName'), textOfLength(101))
        .map(([name, value]): Patch => ({ [name]: value })),
    ),
    fixedPatch(statusPatchArbitrary),
  );
