// Seeded randomness for the generator: mulberry32, the draws the simulation needs, and stateless hashes.

/** Two hex digits per byte value: number.toString(16) is slow enough to show in a ten-million-event run. */
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** One mulberry32 stream. The same seed always gives the same sequence. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }

  /** An exponential wait with the given mean (a Poisson process's gaps). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** `length` lower-case hex digits. */
  hex(length: number): string {
    let text = '';
    while (text.length < length) {
      const bits = Math.floor(this.next() * 0x100000000);
      text += `${BYTE_HEX[bits >>> 24]}${BYTE_HEX[(bits >>> 16) & 255]}${BYTE_HEX[(bits >>> 8) & 255]}${BYTE_HEX[bits & 255]}`;
    }
    return text.length === length ? text : text.slice(0, length);
  }

  /** An independent stream for one concern, so adding draws to one part never shifts another. */
  fork(label: string): Rng {
    return new Rng(hashInts(this.state, ...[...label].map((char) => char.charCodeAt(0))));
  }
}

/** A 32-bit hash of some integers (murmur3's finaliser over a running mix). */
export function hashInts(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A number in [0, 1) fixed by its inputs: jitter that can be recomputed anywhere without drawing from a stream. */
export function hashUnit(...values: number[]): number {
  return hashInts(...values) / 4294967296;
}
