// Seeded pseudo-random numbers: xoshiro128** seeded through splitmix32.
// Only integer arithmetic is used, so every engine returns the same stream.

/**
 * Advances a splitmix32 state and returns the new state and its output.
 * @param {number} state
 * @returns {[number, number]}
 */
function splitmix32(state) {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

/**
 * Hashes a label with 32-bit FNV-1a over its UTF-16 code units.
 * @param {string} label
 * @returns {number}
 */
function hashLabel(label) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seeded random stream with the draws the generator needs. */
export class Random {
  /**
   * Creates a stream from a seed and a label. Each label gives an
   * independent stream, so adding draws in one part of the generator does
   * not shift the values of another.
   * @param {number} seed a non-negative safe integer
   * @param {string} [label]
   */
  constructor(seed, label = '') {
    /** @readonly */
    this.seed = seed;
    /** @readonly */
    this.label = label;
    let state =
      (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) | 0, 0x2545f491);
    state ^= hashLabel(label);
    /** @type {number[]} */
    const words = [];
    for (let i = 0; i < 4; i++) {
      const [nextState, output] = splitmix32(state);
      state = nextState;
      words.push(output);
    }
    /** @private */
    this.s = words;
  }

  /**
   * Returns a new stream for a sub-task, named by a label.
   * @param {string} label
   * @returns {Random}
   */
  fork(label) {
    return new Random(this.seed, `${this.label}/${label}`);
  }

  /**
   * Returns the next 32-bit unsigned integer (xoshiro128**).
   * @returns {number}
   */
  nextUint32() {
    const s = this.s;
    const s0 = /** @type {number} */ (s[0]);
    const s1 = /** @type {number} */ (s[1]);
    const s2 = /** @type {number} */ (s[2]);
    const s3 = /** @type {number} */ (s[3]);
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9);
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = (n3 << 11) | (n3 >>> 21);
    return result >>> 0;
  }

  /**
   * Returns a number in [0, 1).
   * @returns {number}
   */
  next() {
    return this.nextUint32() / 4294967296;
  }

  /**
   * Returns an integer in [min, max], both included.
   * @param {number} min
   * @param {number} max
   * @returns {number}
   */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * Returns true with probability `p`.
   * @param {number} p
   * @returns {boolean}
   */
  chance(p) {
    return this.next() < p;
  }

  /**
   * Returns one element of a non-empty array, each equally likely.
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    if (items.length === 0) throw new Error('pick() needs a non-empty array');
    return /** @type {T} */ (items[Math.floor(this.next() * items.length)]);
  }

  /**
   * Returns a shuffled copy of an array (Fisher-Yates).
   * @template T
   * @param {readonly T[]} items
   * @returns {T[]}
   */
  shuffle(items) {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = /** @type {T} */ (copy[i]);
      copy[i] = /** @type {T} */ (copy[j]);
      copy[j] = swap;
    }
    return copy;
  }

  /**
   * Returns a value drawn with the given relative weights.
   * @template T
   * @param {readonly (readonly [T, number])[]} entries value and weight pairs
   * @returns {T}
   */
  weighted(entries) {
    return weightedPicker(entries)(this);
  }
}

/**
 * Builds a function that draws a value with the given relative weights;
 * use it when the same table is drawn from many times.
 * @template T
 * @param {readonly (readonly [T, number])[]} entries value and weight pairs
 * @returns {(random: Random) => T}
 */
export function weightedPicker(entries) {
  /** @type {number[]} */
  const cumulative = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new Error('weightedPicker() needs a positive weight');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (/** @type {number} */ (cumulative[middle]) > target) high = middle;
      else low = middle + 1;
    }
    return /** @type {readonly [T, number]} */ (entries[low])[0];
  };
}

/**
 * Reads a table of values and weights written as `value weight value
 * weight ...`, separated by white space.
 * @param {string} text
 * @returns {[string, number][]}
 */
export function parseWeights(text) {
  const words = text.trim().split(/\s+/);
  /** @type {[string, number][]} */
  const entries = [];
  for (let i = 0; i < words.length; i += 2) {
    entries.push([/** @type {string} */ (words[i]), Number(words[i + 1])]);
  }
  return entries;
}

/**
 * Splits a whole number into parts proportional to weights, by the largest
 * remainder method, so the parts sum to exactly `total`.
 * @param {number} total
 * @param {readonly number[]} weights
 * @returns {number[]}
 */
export function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, index) => ({ index, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k++, left--) {
    const index = /** @type {{ index: number }} */ (order[k % order.length])
      .index;
    parts[index] = /** @type {number} */ (parts[index]) + 1;
  }
  return parts;
}

/**
 * Compares two strings by UTF-16 code units, independent of any locale.
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function compareText(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
