// Whether the case holds a finished analysis, so the verdict calls can tell "no findings yet" from an empty result.
import type { Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import boardStateSql from '../sql/verdicts/board-state.sql?raw';

export async function hasFindings(session: Session): Promise<boolean> {
  const [row] = await session.query<{ analysed: boolean }>(boardStateSql);
  return row?.analysed === true;
}

/** Refuses, with a message a person can act on, when the case has not been analysed. */
export async function requireFindings(session: Session): Promise<void> {
  if (!(await hasFindings(session))) {
    throw new EngineError('not_found', 'No findings yet: the case has not been analysed (run Analyse first)');
  }
}
