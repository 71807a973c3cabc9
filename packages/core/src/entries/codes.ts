/**
 * The code lists of the survey (sex, ethnicity, education, provinces,
 * industries, statuses ...) and the lookup of a code by label or alias.
 *
 * @packageDocumentation
 */
export * from '../codes/index.js';
