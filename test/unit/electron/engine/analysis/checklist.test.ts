import { describe, expect, it } from 'vitest';
import { buildChecklist, type ChecklistFacts } from '../../../../../electron/engine/analysis/checklist';
import type { CoverageRow, SyncModeFinding } from '../../../../../shared/model/findings';

const quiet: ChecklistFacts = {
  wms: 7, erp: 5, storefront: 5, changed_last: 'erp',
  wms_last_change: '2026-11-20T10:00:00Z', erp_last_change: '2026-11-20T12:00:00Z', storefront_last_change: null,
  last_known_good: '2026-11-20T09:00:00Z', first_divergence: '2026-11-20T10:00:00Z', divergence_system: 'wms',
  divergence_file: 'wms.jsonl', divergence_line: 12,
  window_from: '2026-11-20T08:00:00Z', window_to: '2026-11-20T10:00:00Z',
  window_events: 4, window_failed: 0, window_codes: [], window_repeated: 0, window_missing: 0,
  inbound_failed: 0, outbound_failed: 0, planning_signals: 0,
};
const eventDriven: SyncModeFinding[] = [
  { path: 'erp->wms', mode: 'event', period_s: null, jitter_s: null, lag_s: 4, events: 100, evidence: '' },
];
const fullCoverage: CoverageRow[] = [{ path: 'erp->wms', event_type: 'receipt', seen: 10, failed: 0, gap: false }];

describe('the five-step checklist', () => {
  it('concludes the cause is structural when all five steps are clean and the drift is unexplained', () => {
    const checklist = buildChecklist(quiet, ['unexplained'], eventDriven, fullCoverage);
    expect(checklist.steps.map((step) => step.clean)).toEqual([true, true, true, true, true]);
    expect(checklist.conclusion).toMatch(/All five checks came back clean.*structural/);
  });

  it('points at the first flagged step when the drift is unexplained', () => {
    const flagged = { ...quiet, window_failed: 2, window_codes: ['E422'], inbound_failed: 2 };
    const checklist = buildChecklist(flagged, ['unexplained'], eventDriven, fullCoverage);
    expect(checklist.steps[1]).toMatchObject({ step: 2, clean: false });
    expect(checklist.steps[1]?.finding).toContain('2 failed (E422)');
    expect(checklist.direction).toBe('inbound');
    expect(checklist.conclusion).toMatch(/start with step 2/);
  });

  it('flags a never-seen event type and a clock-driven path under shrinkage', () => {
    const gap: CoverageRow[] = [{ path: 'wms->erp', event_type: 'adjustment', seen: 0, failed: 0, gap: true }];
    const clock: SyncModeFinding[] = [
      { path: 'erp->wms', mode: 'clock', period_s: 900, jitter_s: 3, lag_s: null, events: 400, evidence: '' },
    ];
    const checklist = buildChecklist(quiet, ['phantom_shrinkage'], clock, gap);
    expect(checklist.steps[3]).toMatchObject({ clean: false, finding: expect.stringContaining('adjustment on wms->erp') as string });
    expect(checklist.steps[4]).toMatchObject({ clean: false, finding: expect.stringContaining('every 900 s') as string });
    expect(checklist.direction).toBe('bidirectional');
    expect(checklist.conclusion).toContain('phantom_shrinkage');
  });

  it('says when the last change of the system that changed last broke the agreement', () => {
    const broke = { ...quiet, changed_last: 'wms' as const, wms_last_change: '2026-11-20T10:00:00Z', erp_last_change: '2026-11-20T09:00:00Z' };
    expect(buildChecklist(broke, ['unexplained'], eventDriven, fullCoverage).steps[0]).toMatchObject({ clean: false });
  });
});
