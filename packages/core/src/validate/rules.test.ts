import { describe, expect, it } from 'vitest';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  type RawRecordOf,
} from '../fields/index.js';
import type { Issue } from '../issues/issue.js';
import { validateRecordObject } from './row.js';
import { START_BEFORE_RETURN_TOLERANCE_DAYS } from './rules.js';
import type { ValidationOptions } from './types.js';

const options: ValidationOptions = { today: '2024-07-01' };

/** An employed returnee without business fields. */
const employed: RawRecordOf<'returnee'> = {
  ...exampleReturneeInput,
  status: '就业',
  employer: '县食品厂',
  businessName: '',
  entityType: '',
  familyFarm: '',
  creditCode: '',
  startedAt: '',
  park: '',
  jobsCreated: '',
};

function checkReturnee(
  changes: RawRecordOf<'returnee'>,
  settings: ValidationOptions = options,
) {
  return validateRecordObject(
    'returnee',
    { ...exampleReturneeInput, ...changes },
    settings,
  );
}

function checkOutMigrant(changes: RawRecordOf<'out-migrant'>) {
  return validateRecordObject(
    'out-migrant',
    { ...exampleOutMigrantInput, ...changes },
    options,
  );
}

/** Lists `code:severity:field` of each issue, for compact assertions. */
function summarise(issues: readonly Issue[]): string[] {
  return issues.map(
    (issue) => `${issue.code}:${issue.severity}:${issue.field ?? ''}`,
  );
}

describe('example inputs', () => {
  it('validate without issues', () => {
    expect(checkReturnee({}).issues).toEqual([]);
    expect(checkOutMigrant({}).issues).toEqual([]);
    expect(validateRecordObject('returnee', employed, options).issues).toEqual(
      [],
    );
  });
});

describe('sex against ID', () => {
  it('rejects a sex the ID contradicts', () => {
    const result = checkReturnee({ sex: '女' });
    expect(summarise(result.issues)).toEqual(['sex_mismatch_id:error:sex']);
    expect(result.record).toBeUndefined();
  });

  it('accepts a matching sex', () => {
    expect(checkOutMigrant({ sex: '2' }).record?.sex).toBe('female');
  });
});

describe('birth date against ID', () => {
  it('rejects a different birth date', () => {
    const result = checkReturnee({ birthDate: '1990-03-16' });
    expect(summarise(result.issues)).toEqual([
      'birth_date_mismatch_id:error:birthDate',
    ]);
  });

  it('compares a year-month at month precision', () => {
    expect(checkReturnee({ birthDate: '1990年3月' }).issues).toEqual([]);
    const result = checkReturnee({ birthDate: '1990-04' });
    expect(summarise(result.issues)).toEqual([
      'birth_date_mismatch_id:error:birthDate',
    ]);
  });

  it('takes the birth date from the ID', () => {
    expect(checkReturnee({ birthDate: '' }).record?.birthDate).toBe(
      '1990-03-15',
    );
  });
});

describe('dates not after survey', () => {
  it('rejects a return after the survey', () => {
    const result = checkReturnee({ returnedAt: '2024-06-21', startedAt: '' });
    expect(summarise(result.issues)).toEqual([
      'date_after_survey:error:returnedAt',
    ]);
    expect(result.issues[0]?.params).toEqual({
      date: '2024-06-21',
      surveyedAt: '2024-06-20',
    });
  });

  it('accepts a return in the survey month', () => {
    const result = checkReturnee({ returnedAt: '2024-06', startedAt: '' });
    expect(result.issues).toEqual([]);
  });

  it('rejects a departure after the survey', () => {
    const result = checkOutMigrant({ departedAt: '2024-07' });
    expect(summarise(result.issues)).toEqual([
      'date_after_survey:error:departedAt',
    ]);
  });

  it('accepts a departure on the survey day', () => {
    expect(checkOutMigrant({ departedAt: '2024-06-20' }).issues).toEqual([]);
  });

  it('rejects a birth after the survey', () => {
    const result = checkOutMigrant({ residentId: '', birthDate: '2025-01' });
    expect(summarise(result.issues)).toContain(
      'date_after_survey:error:birthDate',
    );
  });

  it('warns on a business start after the survey', () => {
    const result = checkReturnee(
      { startedAt: '2024-08' },
      { today: '2024-09-01' },
    );
    expect(summarise(result.issues)).toEqual([
      'date_after_survey:warning:startedAt',
    ]);
    expect(result.record?.startedAt).toBe('2024-08');
  });
});

describe('survey date range', () => {
  it('rejects a survey date after today', () => {
    const result = checkReturnee({ surveyedAt: '2024-07-02' });
    expect(summarise(result.issues)).toEqual([
      'survey_date_in_future:error:surveyedAt',
    ]);
    expect(result.issues[0]?.params).toEqual({
      surveyedAt: '2024-07-02',
      today: '2024-07-01',
    });
  });

  it('accepts a survey dated today', () => {
    expect(checkReturnee({ surveyedAt: '2024-07-01' }).issues).toEqual([]);
  });

  it('rejects a survey before the default start', () => {
    const result = checkReturnee({
      surveyedAt: '2019-12-31',
      returnedAt: '2019-01',
      startedAt: '2019-02',
    });
    expect(summarise(result.issues)).toEqual([
      'survey_date_before_programme:error:surveyedAt',
    ]);
    expect(result.issues[0]?.params?.['programmeStart']).toBe('2020-01-01');
  });

  it('uses the given programme start', () => {
    const settings = { ...options, programmeStart: '2024-06-20' };
    expect(checkReturnee({}, settings).issues).toEqual([]);
    const result = checkReturnee(
      {},
      { ...options, programmeStart: '2024-06-21' },
    );
    expect(summarise(result.issues)).toEqual([
      'survey_date_before_programme:error:surveyedAt',
    ]);
  });
});

describe('business fields when self-employed', () => {
  it.each(['businessName', 'entityType'] as const)(
    'rejects a self-employed row without %s',
    (field) => {
      const result = checkReturnee({ [field]: '' });
      expect(summarise(result.issues)).toEqual([
        `self_employed_field_missing:error:${field}`,
      ]);
    },
  );

  it('accepts other statuses without them', () => {
    const result = validateRecordObject('returnee', employed, options);
    expect(result.record?.status).toBe('employed');
    expect(result.record?.businessName).toBeUndefined();
  });
});

describe('jobs created only when self-employed', () => {
  it('rejects jobs for an employed returnee', () => {
    const result = validateRecordObject(
      'returnee',
      { ...employed, jobsCreated: '3' },
      options,
    );
    expect(summarise(result.issues)).toEqual([
      'jobs_created_not_self_employed:error:jobsCreated',
    ]);
    expect(result.issues[0]?.params).toEqual({ value: 3 });
  });

  it('accepts zero for an employed returnee', () => {
    const result = validateRecordObject(
      'returnee',
      { ...employed, jobsCreated: '0' },
      options,
    );
    expect(result.issues).toEqual([]);
    expect(result.record?.jobsCreated).toBe(0);
  });

  it('accepts jobs when self-employed', () => {
    expect(checkReturnee({}).record?.jobsCreated).toBe(6);
  });
});

describe('employer when employed', () => {
  it('warns when the employer is missing', () => {
    const result = validateRecordObject(
      'returnee',
      { ...employed, employer: ' ' },
      options,
    );
    expect(summarise(result.issues)).toEqual([
      'employer_missing:warning:employer',
    ]);
    expect(result.record).toBeDefined();
  });

  it('stays silent for other statuses', () => {
    expect(checkReturnee({ employer: '' }).issues).toEqual([]);
  });
});

describe('business start before return', () => {
  it('warns beyond the tolerance', () => {
    const result = checkReturnee({
      returnedAt: '2023-02-01',
      startedAt: '2022-01-31',
    });
    expect(summarise(result.issues)).toEqual([
      'started_before_return:warning:startedAt',
    ]);
    expect(result.issues[0]?.params).toEqual({
      days: 366,
      tolerance: START_BEFORE_RETURN_TOLERANCE_DAYS,
    });
  });

  it('accepts a start at the tolerance', () => {
    const result = checkReturnee({
      returnedAt: '2023-02-01',
      startedAt: '2022-02-01',
    });
    expect(result.issues).toEqual([]);
  });

  it('reads year-months in the start’s favour', () => {
    const early = checkReturnee({
      returnedAt: '2023-02',
      startedAt: '2022-01',
    });
    expect(summarise(early.issues)).toEqual([
      'started_before_return:warning:startedAt',
    ]);
    const late = checkReturnee({ returnedAt: '2023-02', startedAt: '2022-02' });
    expect(late.issues).toEqual([]);
  });
});

describe('resident ID of people away', () => {
  it('rejects a record without ID or birth date', () => {
    const result = checkOutMigrant({ residentId: '', birthDate: '' });
    expect(summarise(result.issues)).toEqual([
      'resident_id_missing:error:residentId',
    ]);
    expect(result.record).toBeUndefined();
  });

  it('warns when the birth date is given', () => {
    const result = checkOutMigrant({ residentId: '' });
    expect(summarise(result.issues)).toEqual([
      'resident_id_missing_with_birth_date:warning:residentId',
    ]);
    expect(result.record?.residentId).toBeUndefined();
    expect(result.record?.birthDate).toBe('1988-07');
  });

  it('requires the ID of returnees', () => {
    const result = checkReturnee({ residentId: '' });
    expect(summarise(result.issues)).toEqual([
      'field_required:error:residentId',
    ]);
  });
});

describe('credit code of registered entities', () => {
  it('warns when a registered entity has none', () => {
    const result = checkReturnee({
      entityType: '有限责任公司',
      creditCode: '',
    });
    expect(summarise(result.issues)).toEqual([
      'credit_code_missing:warning:creditCode',
    ]);
  });

  it('accepts an unregistered entity without one', () => {
    expect(
      checkReturnee({ entityType: '未登记', creditCode: '' }).issues,
    ).toEqual([]);
  });

  it('warns when an unregistered entity has one', () => {
    const result = checkReturnee({ entityType: '未登记' });
    expect(summarise(result.issues)).toEqual([
      'credit_code_unregistered:warning:creditCode',
    ]);
  });
});

describe('park when not self-employed', () => {
  it('warns on a park for an employed returnee', () => {
    const result = validateRecordObject(
      'returnee',
      { ...employed, park: '创业孵化园' },
      options,
    );
    expect(summarise(result.issues)).toEqual([
      'park_not_self_employed:warning:park',
    ]);
    expect(result.record?.park).toBe('incubation_park');
  });

  it('accepts no park for an employed returnee', () => {
    const result = validateRecordObject(
      'returnee',
      { ...employed, park: '否' },
      options,
    );
    expect(result.issues).toEqual([]);
  });
});

describe('dates before birth', () => {
  it('rejects a return before the birth date', () => {
    // The example person was born on 1990-03-15.
    const result = checkReturnee({ returnedAt: '1900-01-01', startedAt: '' });
    expect(summarise(result.issues)).toEqual([
      'date_before_birth:error:returnedAt',
    ]);
    expect(result.record).toBeUndefined();
  });

  it('accepts a return in the birth month', () => {
    const result = checkReturnee({ returnedAt: '1990-03', startedAt: '' });
    expect(summarise(result.issues)).not.toContain(
      'date_before_birth:error:returnedAt',
    );
  });

  it('rejects a departure before birth', () => {
    const result = checkOutMigrant({ departedAt: '1950-05' });
    expect(summarise(result.issues)).toEqual([
      'date_before_birth:error:departedAt',
    ]);
  });
});

describe('plausible maximum', () => {
  it('rejects a phone number as jobs created', () => {
    const result = checkReturnee({ jobsCreated: '13812345678' });
    expect(summarise(result.issues)).toEqual([
      'number_too_large:error:jobsCreated',
    ]);
    expect(JSON.stringify(result.issues)).not.toContain('13812345678');
  });

  it('accepts jobs created at the maximum', () => {
    expect(checkReturnee({ jobsCreated: '10000' }).issues).toEqual([]);
  });

  it('rejects an implausible monthly income', () => {
    const result = checkOutMigrant({ monthlyIncome: '13812345678' });
    expect(summarise(result.issues)).toEqual([
      'number_too_large:error:monthlyIncome',
    ]);
  });
});
