import type { PersonFields } from '../model/types.js';

/** The parts of a county registry that aggregation reads. */
export interface RegistryLike {
  /** The county itself (6-digit code), when the registry lists it. */
  county?: { code: string; name: string };
  /** Townships with their 9-digit codes. */
  townships: readonly { code: string; name: string }[];
}

/** A township row of an aggregate: code (or '' without one) and name. */
export interface TownshipKey {
  /** 9-digit statistical code, '' when unknown. */
  code: string;
  /** Township name. */
  name: string;
}

/**
 * Returns the township of a record. With a registry the record's township
 * code decides and the registry's name is used. Without a registry, or for
 * a record without a code, the township name decides and the code is ''.
 */
export function townshipOf(
  record: Pick<PersonFields, 'township' | 'townshipCode'>,
  registry: RegistryLike | undefined,
): TownshipKey {
  const code = record.townshipCode ?? '';
  if (registry === undefined || code === '') {
    return { code: '', name: record.township };
  }
  const entry = registry.townships.find((township) => township.code === code);
  return { code, name: entry?.name ?? record.township };
}

/** Returns a string that identifies a township row. */
export function townshipId(township: TownshipKey): string {
  return township.code === ''
    ? `name:${township.name}`
    : `code:${township.code}`;
}

/**
 * Orders townships by code, then townships without a code by name. Both
 * compare by UTF-16 code units, so the order does not depend on the locale.
 */
export function compareTownships(a: TownshipKey, b: TownshipKey): number {
  if ((a.code === '') !== (b.code === '')) {
    return a.code === '' ? 1 : -1;
  }
  if (a.code !== b.code) {
    return a.code < b.code ? -1 : 1;
  }
  if (a.name !== b.name) {
    return a.name < b.name ? -1 : 1;
  }
  return 0;
}

/**
 * Groups items by township: every registry township appears (empty when no
 * item falls in it), followed by any other township an item names, all in
 * `compareTownships` order.
 */
export function groupByTownship<T>(
  items: readonly T[],
  townshipOfItem: (item: T) => TownshipKey,
  registry: RegistryLike | undefined,
): { township: TownshipKey; items: T[] }[] {
  const groups = new Map<string, { township: TownshipKey; items: T[] }>();
  for (const township of registry?.townships ?? []) {
    const key = { code: township.code, name: township.name };
    groups.set(townshipId(key), { township: key, items: [] });
  }
  for (const item of items) {
    const township = townshipOfItem(item);
    const id = townshipId(township);
    let group = groups.get(id);
    if (group === undefined) {
      group = { township, items: [] };
      groups.set(id, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) =>
    compareTownships(a.township, b.township),
  );
}
