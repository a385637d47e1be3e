// One handoff path of the middleware: delivers messages in clock batches or seconds after each event, logs each attempt.
import { HOUR, SECOND } from '../clock';
import type { DeliveryStatus, EventDetail, EventKind, PathId, SkuLoc } from '../model';
import { tickTime, type SyncPlan } from '../sync-plan';
import type { World } from './world';

/** One delivery of a message and what follows it. */
export interface Attempt {
  status: DeliveryStatus;
  /** The receiver changes its stock (or level) for this delivery. */
  applies: boolean;
  /** When the next attempt goes: in the same batch, on the next cycle (or after a backoff), or this many ms later. */
  then?: 'same_batch' | 'next_cycle' | number;
  /** The record was fixed and re-sent as new: fresh idempotency key and correlation id. */
  freshKeys?: boolean;
}

export interface Message {
  path: PathId;
  kind: EventKind;
  detail: EventDetail;
  skuLoc: SkuLoc;
  qty: number;
  recordRef: string;
  keyTag: string;
  key: string;
  correlation: string;
  attempts: Attempt[];
  /** How many attempts have been delivered. */
  delivered: number;
  /** Never fired: the source system believes it sent it, the log has nothing. */
  silent?: boolean;
  /** Receiver's delay after a delivery before it applies, in ms. */
  applyDelayMs: number;
  apply?: (at: number) => void;
  onFirstDelivery?: (at: number) => void;
  onDelivery?: () => void;
  /** For inventory pushes: the level at the moment of delivery. */
  liveQty?: () => number;
}

export interface FailureText {
  code: (status: DeliveryStatus) => string | null;
  message: (status: DeliveryStatus, message: Message) => string | null;
}

/** Nothing is delivered after this long past the last snapshot: the export ends there. */
const LOG_TAIL_MS = 12 * HOUR;

export class HandoffPath {
  private pending: Message[] = [];

  constructor(
    private readonly world: World,
    readonly path: PathId,
    readonly plan: SyncPlan,
    private readonly failures: FailureText,
  ) {
    if (plan.mode === 'clock') this.scheduleTick(0);
  }

  /** Hands a message to the path now (the source transaction's time). */
  send(message: Message): void {
    if (this.plan.mode === 'clock') {
      this.pending.push(message);
      return;
    }
    const at = this.world.now + this.world.rng.int(1, 30) * SECOND + this.world.rng.int(0, 999);
    this.world.queue.schedule(at, () => this.deliver(message, at));
  }

  private scheduleTick(k: number): void {
    if (this.plan.mode !== 'clock') return;
    const { start, asOf } = this.world.scenario;
    const at = tickTime(this.plan, start, k);
    if (at > asOf + LOG_TAIL_MS) return;
    this.world.queue.schedule(at, () => {
      this.runBatch(at);
      this.scheduleTick(k + 1);
    });
  }

  /** All pending messages of the cycle in one batch, milliseconds apart. */
  private runBatch(at: number): void {
    const batch = this.pending;
    this.pending = [];
    const step = Math.max(1, Math.min(60, Math.floor(2000 / Math.max(1, batch.length))));
    let ts = at + this.world.rng.int(0, 400);
    for (let index = 0; index < batch.length; index += 1) {
      const message = batch[index] as Message;
      const repeat = this.deliver(message, ts);
      if (repeat) batch.push(message);
      ts += step + this.world.rng.int(0, step);
    }
  }

  /** Logs one attempt; returns true when the next attempt belongs to the same clock batch. */
  private deliver(message: Message, at: number): boolean {
    const index = message.delivered;
    const attempt = message.attempts[index];
    if (attempt === undefined) return false;
    message.delivered = index + 1;
    const world = this.world;
    if (index === 0) message.onFirstDelivery?.(at);
    message.onDelivery?.();
    if (attempt.freshKeys === true) {
      message.key = world.refs.key(message.keyTag, message.recordRef);
      message.correlation = world.refs.correlation();
    }
    const qty = message.liveQty === undefined ? message.qty : message.liveQty();
    if (message.silent !== true) {
      world.emit({
        ts: at,
        path: message.path,
        kind: message.kind,
        detail: message.detail,
        skuLoc: message.skuLoc,
        qty,
        status: attempt.status,
        errorCode: this.failures.code(attempt.status),
        errorMessage: this.failures.message(attempt.status, message),
        correlationId: message.correlation,
        idempotencyKey: message.key,
        recordRef: message.recordRef,
      });
    }
    const apply = message.apply;
    if (attempt.applies && apply !== undefined) {
      if (message.liveQty !== undefined) message.qty = qty;
      if (message.applyDelayMs === 0) apply(at);
      else world.queue.schedule(at + message.applyDelayMs, () => apply(at + message.applyDelayMs));
    }
    if (index + 1 >= message.attempts.length) return false;
    return this.followUp(message, at, attempt.then ?? 'next_cycle');
  }

  private followUp(message: Message, at: number, then: NonNullable<Attempt['then']>): boolean {
    const world = this.world;
    if (then === 'same_batch' && this.plan.mode === 'clock') return true;
    if (then === 'next_cycle' && this.plan.mode === 'clock') {
      this.pending.push(message);
      return false;
    }
    const delay =
      then === 'same_batch' ? world.rng.int(200, 3000) : then === 'next_cycle' ? world.rng.int(30, 300) * SECOND : then;
    world.queue.schedule(at + delay, () => {
      if (this.plan.mode === 'clock') this.pending.push(message);
      else this.deliver(message, world.now);
    });
    return false;
  }
}

/** Error codes and messages in one seed's style. */
export function failureText(world: World): FailureText {
  const rng = world.rng.fork('failures');
  const style = rng.int(0, 2);
  const codes: Record<DeliveryStatus, string[]> = {
    success: [],
    error: [['E500', 'ETIMEDOUT', 'E503'], ['500', '504', '503'], ['INTERNAL_ERROR', 'TIMEOUT', 'UNAVAILABLE']][style] ?? [],
    rejected: [['E422', 'E400'], ['422', '400'], ['VALIDATION_ERROR', 'BAD_REQUEST']][style] ?? [],
    duplicate: [['E409'], ['409'], ['DUPLICATE_KEY']][style] ?? [],
  };
  return {
    code: (status) => {
      const list = codes[status];
      return list.length === 0 ? null : (list[rng.int(0, list.length - 1)] ?? null);
    },
    message: (status, message) => {
      const sku = world.sku(message.skuLoc);
      const location = world.scenario.locations[message.skuLoc % world.scenario.locations.length]?.erp ?? '';
      switch (status) {
        case 'success':
          return null;
        case 'duplicate':
          return `duplicate idempotency key ${message.key}, ignored`;
        case 'rejected':
          return rng.pick([
            `location ${location} unknown`,
            `sku ${sku} not found`,
            `quantity must be a positive integer, got "${message.qty}.0"`,
            `reference ${message.recordRef} is closed`,
          ]);
        case 'error':
          return rng.pick([
            'Request timed out after 120000 ms',
            'Internal server error',
            'connection reset by peer',
            'Service unavailable, try again later',
          ]);
      }
    },
  };
}

/** Receiver delays: a WMS applies within seconds, an ERP within a minute. */
export function applyDelay(world: World, receiver: 'wms' | 'erp'): number {
  return receiver === 'wms' ? world.rng.int(2, 20) * SECOND : world.rng.int(5, 60) * SECOND + world.rng.int(0, 999);
}
