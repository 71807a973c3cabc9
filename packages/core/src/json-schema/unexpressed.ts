/**
 * Lists in English the validator rules that a JSON Schema of a record kind
 * cannot express, given the kind's field names. A rule about fields that
 * the kind lacks is left out.
 */
export function unexpressedRulesOf(names: ReadonlySet<string>): string[] {
  const rules: string[] = [];
  const has = (...fields: string[]) => fields.every((name) => names.has(name));

  if (has('residentId')) {
    rules.push(
      'The GB 11643 check character of residentId and that its birth date is a real day.',
    );
  }
  if (has('creditCode')) {
    rules.push('The GB 32100 check character of creditCode.');
  }
  rules.push(
    'That a date is a real calendar day: the patterns accept days 01 to 31 in every month.',
  );
  if (has('residentId', 'sex')) {
    rules.push(
      'That sex agrees with the parity of the 17th character of residentId (odd is male).',
    );
  }
  if (has('residentId', 'birthDate')) {
    rules.push(
      'That birthDate agrees with the birth date in residentId, at month precision for a YYYY-MM value.',
    );
  }

  for (const name of ['birthDate', 'departedAt', 'returnedAt']) {
    if (has(name, 'surveyedAt')) {
      rules.push(`That ${name} is not after surveyedAt.`);
    }
  }
  if (has('surveyedAt')) {
    rules.push(
      'That surveyedAt is not after the day of validation and not before the programme start, both options of the validator.',
    );
  }
  if (has('township', 'village')) {
    rules.push(
      'That township and village are in the county registry, and that villageCode starts with townshipCode.',
    );
  }
  rules.push(
    'That text is in Unicode NFC.',
    'Rules of warning severity, such as a missing employer when the status is employed, because a warning does not reject a record.',
  );
  return rules;
}

/**
 * Returns the `$comment` of a record schema: the rules of
 * `unexpressedRulesOf`, numbered.
 */
export function unexpressedRulesComment(names: ReadonlySet<string>): string {
  const rules = unexpressedRulesOf(names).map(
    (rule, index) => `(${index + 1}) ${rule}`,
  );
  return `Checked by the validator but not by this schema: ${rules.join(' ')}`;
}
