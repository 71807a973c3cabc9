/** `type` of the valibot issues that carry an engine error. */
export const SURVEY_RECORD_ISSUE_TYPE = 'survey_record';

/** Properties that the survey issues of either front end may have. */
interface IssueLike {
  type?: unknown;
  code?: unknown;
  params?: { code?: unknown; severity?: unknown } | undefined;
}

/**
 * Returns the engine's issue code (such as `number_negative`) of an issue
 * that a survey schema reported, or `undefined` for any other issue. It
 * reads the `code` of a valibot issue of type `survey_record`, and the
 * `params.code` of a zod `custom` issue. Both libraries return the same
 * issue objects from `~standard.validate`, so it works on Standard Schema
 * issues too.
 */
export function getSurveyIssueCode(issue: object): string | undefined {
  const candidate = issue as IssueLike;
  if (
    candidate.type === SURVEY_RECORD_ISSUE_TYPE &&
    typeof candidate.code === 'string'
  ) {
    return candidate.code;
  }
  const params = candidate.params;
  if (
    candidate.code === 'custom' &&
    typeof params?.code === 'string' &&
    (params.severity === 'error' || params.severity === 'warning')
  ) {
    return params.code;
  }
  return undefined;
}
