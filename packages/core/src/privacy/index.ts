export { maskName, maskPhone, maskResidentId, maskValue } from './mask.js';
