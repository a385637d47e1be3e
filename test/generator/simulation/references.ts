// Business references and message keys: document numbers per kind, idempotency keys and correlation ids per seed style.
import type { Rng } from '../prng';

type Series = 'po' | 'ir' | 'so' | 'if' | 'rma' | 'cs' | 'adj' | 'plan' | 'ship';

const PREFIX: Record<Series, string> = {
  po: 'PO',
  ir: 'IR',
  so: 'SO',
  if: 'IF',
  rma: 'RMA',
  cs: 'CS',
  adj: 'ADJ-',
  plan: 'PLN-',
  ship: 'SH',
};

type KeyStyle = (tag: string, ref: string, n: number) => string;

const KEY_STYLES: KeyStyle[] = [
  (tag, ref, n) => `${tag}-${ref}-${n}`,
  (tag, ref, n) => `${ref}:${tag}:${n}`,
  (tag, ref, n) => `${tag}/${ref}/${n}`,
  (tag, ref, n) => `${tag}_${ref}_${String(n).padStart(3, '0')}`,
];

type CorrelationStyle = (rng: Rng) => string;

const CORRELATION_STYLES: CorrelationStyle[] = [
  (rng) => `corr-${rng.hex(8)}`,
  (rng) => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${'89ab'[rng.int(0, 3)]}${rng.hex(3)}-${rng.hex(12)}`,
  (rng) => rng.hex(24),
  (rng) => `req-${rng.hex(4)}${rng.hex(4)}`,
];

export class References {
  private readonly next: Record<Series, number>;
  private readonly keyStyle: KeyStyle;
  private readonly correlationStyle: CorrelationStyle;
  private keyCount = 0;

  constructor(private readonly rng: Rng) {
    this.next = {
      po: rng.int(1000, 60000),
      ir: rng.int(1000, 60000),
      so: rng.int(10000, 90000),
      if: rng.int(1000, 60000),
      rma: rng.int(100, 9000),
      cs: rng.int(1000, 9000),
      adj: rng.int(10000, 90000),
      plan: rng.int(1000, 9000),
      ship: rng.int(100000, 900000),
    };
    this.keyStyle = rng.pick(KEY_STYLES);
    this.correlationStyle = rng.pick(CORRELATION_STYLES);
  }

  /** The next document number of a series: `PO12345`, `ADJ-77812`, `PLN-2231`. */
  document(series: Series): string {
    const number = this.next[series];
    this.next[series] = number + 1;
    return `${PREFIX[series]}${number}`;
  }

  /** A fresh idempotency key carrying the business reference: `rcpt-PO12345-7`, `PO12345:rcpt:7`, ... */
  key(tag: string, ref: string): string {
    this.keyCount += 1;
    return this.keyStyle(tag, ref, this.keyCount);
  }

  correlation(): string {
    return this.correlationStyle(this.rng);
  }
}
