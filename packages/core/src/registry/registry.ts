import {
  editDistance,
  normalizeName,
  shortTownshipName,
  shortVillageName,
} from './names.js';

/** The county a registry describes. */
export interface County {
  /** Six-digit GB/T 2260 county code. */
  code: string;
  /** County name. */
  name: string;
}

/** A village or community (村, 社区) of the registry. */
export interface Village {
  /** Twelve-digit statistical code, whose first 9 digits are the township's. */
  code: string;
  /** Name as written in the registry. */
  name: string;
  /** Nine-digit code of the township the village belongs to. */
  townshipCode: string;
}

/** A township, town or sub-district (乡, 镇, 街道) of the registry. */
export interface Township {
  /** Nine-digit statistical code. */
  code: string;
  /** Name as written in the registry. */
  name: string;
  /** Villages of the township, by code. */
  villages: Village[];
}

/** Lookup tables of one set of places: a county's townships or a township's villages. */
interface PlaceIndex<P extends { code: string; name: string }> {
  places: readonly P[];
  byCode: Map<string, P>;
  /** Places by normalised name. A name with more than one place is ambiguous. */
  byName: Map<string, P[]>;
  /** Places by normalised name without its suffix. */
  byShortName: Map<string, P[]>;
  /** Shortens a normalised name to the form compared without suffixes. */
  shorten: (name: string) => string;
}

function indexPlaces<P extends { code: string; name: string }>(
  places: readonly P[],
  shorten: (name: string) => string,
): PlaceIndex<P> {
  const index: PlaceIndex<P> = {
    places,
    byCode: new Map(),
    byName: new Map(),
    byShortName: new Map(),
    shorten,
  };
  for (const place of places) {
    const name = normalizeName(place.name);
    index.byCode.set(place.code, place);
    pushTo(index.byName, name, place);
    pushTo(index.byShortName, shorten(name), place);
  }
  return index;
}

function pushTo<P>(map: Map<string, P[]>, key: string, place: P): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [place]);
  else list.push(place);
}

function findPlace<P extends { code: string; name: string }>(
  index: PlaceIndex<P>,
  text: string,
  codeOf: (digits: string) => string | undefined,
): P | undefined {
  const name = normalizeName(text);
  if (name === '') return undefined;

  const code = codeOf(name);
  if (code !== undefined) return index.byCode.get(code);

  const exact = index.byName.get(name);
  if (exact !== undefined) return exact.length === 1 ? exact[0] : undefined;

  const short = index.byShortName.get(index.shorten(name));
  return short?.length === 1 ? short[0] : undefined;
}

function suggestPlaces<P extends { code: string; name: string }>(
  index: PlaceIndex<P>,
  text: string,
  limit: number,
): P[] {
  const name = index.shorten(normalizeName(text));
  if (name === '') return [];
  return index.places
    .map((place) => ({
      place,
      distance: editDistance(name, index.shorten(normalizeName(place.name))),
    }))
    .sort((a, b) => a.distance - b.distance || byCode(a.place, b.place))
    .slice(0, Math.max(0, limit))
    .map((candidate) => candidate.place);
}

/** Returns the 9-digit township code in a township code input. */
function townshipCodeOf(digits: string): string | undefined {
  if (/^\d{9}$/u.test(digits)) return digits;
  // The 12-digit form of the national statistical division codes pads a
  // township code with 000.
  if (/^\d{9}000$/u.test(digits)) return digits.slice(0, 9);
  return undefined;
}

function villageCodeOf(digits: string): string | undefined {
  return /^\d{12}$/u.test(digits) ? digits : undefined;
}

/**
 * The townships and villages of one county with their statistical codes,
 * and name lookups that tolerate a missing or different suffix such as 镇
 * or 村委会.
 */
export class Registry {
  /** The county, when the registry file has a 6-digit county row. */
  readonly county: County | undefined;
  /** Townships by code, each with its villages by code. */
  readonly townships: readonly Township[];
  readonly #townships: PlaceIndex<Township>;
  readonly #villages = new Map<string, PlaceIndex<Village>>();

  /** Creates a registry with townships and villages sorted by code. */
  constructor(townships: readonly Township[], county?: County) {
    this.county = county;
    this.townships = [...townships]
      .map((township) => ({
        ...township,
        villages: [...township.villages].sort(byCode),
      }))
      .sort(byCode);
    this.#townships = indexPlaces(this.townships, shortTownshipName);
    for (const township of this.townships) {
      this.#villages.set(
        township.code,
        indexPlaces(township.villages, shortVillageName),
      );
    }
  }

  /**
   * Finds a township by its 9-digit code (or the 12-digit form ending in
   * 000), its exact name, or its name without a suffix 镇, 乡, 街道 or
   * 街道办事处 on either side (`shortTownshipName`). Returns `undefined`
   * when nothing matches or when a name matches more than one township.
   */
  findTownship(text: string): Township | undefined {
    return findPlace(this.#townships, text, townshipCodeOf);
  }

  /**
   * Finds a village of a township by its 12-digit code, its exact name, or
   * its name without a suffix 村, 社区, 居委会, 村委会 or the like on either
   * side (`shortVillageName`). Returns `undefined` when nothing in that township matches or when
   * a name matches more than one village.
   */
  findVillage(township: Township, text: string): Village | undefined {
    const index = this.#villageIndexOf(township);
    return findPlace(index, text, villageCodeOf);
  }

  /** Lists up to `limit` townships whose names are closest to the text by edit distance. */
  suggestTownships(text: string, limit = 3): Township[] {
    return suggestPlaces(this.#townships, text, limit);
  }

  /** Lists up to `limit` villages of a township whose names are closest to the text. */
  suggestVillages(township: Township, text: string, limit = 3): Village[] {
    return suggestPlaces(this.#villageIndexOf(township), text, limit);
  }

  #villageIndexOf(township: Township): PlaceIndex<Village> {
    return (
      this.#villages.get(township.code) ??
      indexPlaces(township.villages, shortVillageName)
    );
  }
}

function byCode(a: { code: string }, b: { code: string }): number {
  if (a.code === b.code) return 0;
  return a.code < b.code ? -1 : 1;
}
