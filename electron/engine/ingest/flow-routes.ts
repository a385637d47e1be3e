// Fills in the path and event type of events from their flow names where the export gave none (Boomi process names).
import type { Session } from '../db/case-database';
import flowRoutesSql from '../sql/flow-routes.sql?raw';
import flowRoutesApplySql from '../sql/flow-routes-apply.sql?raw';
import flowRoutesCountSql from '../sql/flow-routes-count.sql?raw';
import { EVENT_TYPE_PHRASE_ENTRIES, SYSTEM_NAME_ENTRIES } from './vocabulary';

/** For one source just loaded, or for every event when sourceId is null (a case written before this existed). */
export async function fillRoutesFromFlows(session: Session, sourceId: number | null): Promise<void> {
  await session.run(flowRoutesSql, {
    source_id: sourceId,
    system_names: [...SYSTEM_NAME_ENTRIES],
    type_phrases: [...EVENT_TYPE_PHRASE_ENTRIES],
  });
  const [found] = await session.query<{ routes: string }>(flowRoutesCountSql);
  if (Number(found?.routes ?? 0) > 0) await session.run(flowRoutesApplySql, { source_id: sourceId });
}
