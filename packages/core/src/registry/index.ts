export { registryMessages } from './messages.js';
export { readRegistry } from './read.js';
export type { RegistryResult } from './read.js';
export { Registry } from './registry.js';
export type { County, Township, Village } from './registry.js';
