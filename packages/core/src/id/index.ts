export { residentIdCheckCharacter } from './check.js';
export { idMessages } from './messages.js';
export { normalizeResidentId } from './normalize.js';
export {
  type InvalidResidentId,
  parseResidentId,
  type ResidentIdIssueCode,
  type ResidentIdResult,
  type ValidResidentId,
} from './parse.js';
