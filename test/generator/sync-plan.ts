// How each handoff path fires: on a clock (batches every P minutes, with a few seconds of jitter) or on each event.
import { MINUTE, SECOND } from './clock';
import type { PathId } from './model';
import { hashUnit, type Rng } from './prng';

export interface ClockSync {
  mode: 'clock';
  periodMs: number;
  /** Offset of the first tick from the simulation start. */
  phaseMs: number;
  /** Seeds the per-tick jitter, so any tick's time can be recomputed without a stream. */
  jitterKey: number;
}

export interface EventSync {
  mode: 'event';
}

export type SyncPlan = ClockSync | EventSync;

const PERIODS_MIN = [5, 10, 15, 30, 60];
const TICK_JITTER_MS = 4 * SECOND;

export function chooseSync(rng: Rng, clockProbability: number): SyncPlan {
  if (!rng.chance(clockProbability)) return { mode: 'event' };
  const periodMs = rng.pick(PERIODS_MIN) * MINUTE;
  return { mode: 'clock', periodMs, phaseMs: rng.int(0, periodMs / SECOND - 1) * SECOND, jitterKey: rng.int(1, 1 << 30) };
}

/** The instant of tick `k` of a clock path that started at `start`. */
export function tickTime(sync: ClockSync, start: number, k: number): number {
  return start + sync.phaseMs + k * sync.periodMs + Math.floor(hashUnit(sync.jitterKey, k) * TICK_JITTER_MS);
}

/** The index of the first tick at or after `instant`. */
export function tickIndexAtOrAfter(sync: ClockSync, start: number, instant: number): number {
  let k = Math.max(0, Math.ceil((instant - start - sync.phaseMs - TICK_JITTER_MS) / sync.periodMs));
  while (tickTime(sync, start, k) < instant) k += 1;
  return k;
}

/** Paths in a fixed order, so files and ground truth list them the same way for the same seed. */
export const PATH_ORDER: PathId[] = ['erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront'];
