// The signature every slice factory shares: the API it may call, and zustand's set/get over the whole state.
import type { StateCreator } from 'zustand/vanilla';
import type { ApiClient } from '../../../shared/contract';
import type { AppState } from './types';

export interface StoreDeps {
  api: ApiClient;
  /** The clock, injectable so tests get stable file names. */
  now: () => Date;
  /** The path of a file dropped on the window: the desktop bridge knows it, a browser never says ('' then). */
  pathForFile: (file: unknown) => string;
}

export type SliceFactory<Slice> = (deps: StoreDeps) => StateCreator<AppState, [], [], Slice>;
