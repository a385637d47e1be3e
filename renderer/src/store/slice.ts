// The signature every slice factory shares: the API it may call, and zustand's set/get over the whole state.
import type { StateCreator } from 'zustand/vanilla';
import type { ApiClient } from '../../../shared/contract';
import type { AppState } from './types';

export interface StoreDeps {
  api: ApiClient;
  /** The clock, injectable so tests get stable file names. */
  now: () => Date;
}

export type SliceFactory<Slice> = (deps: StoreDeps) => StateCreator<AppState, [], [], Slice>;
