// One SKU's timeline: loads its history and events, then shows the zone switch, time travel, the chart and the
// record drawer, or says plainly why there is nothing to draw.
import { useEffect, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import type { TimelineState } from '../../store/types';
import { AsOfControl } from './AsOfControl';
import { RecordDrawer } from './RecordDrawer';
import { TimelineChart } from './TimelineChart';
import { ZoneSwitch } from './ZoneSwitch';
import './timeline.css';

function TimelineBody({ timeline, sku, location }: { timeline: TimelineState | null; sku: string; location: string | null }): ReactElement {
  const analyse = useAppStore((state) => state.analyse);
  const analysing = useAppStore((state) => state.analysisRunning);
  const loadTimeline = useAppStore((state) => state.loadTimeline);
  const where = location === null ? sku : `${sku} at ${location}`;

  if (timeline === null || timeline.status === 'loading') {
    return (
      <div className="timeline-empty" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the timeline of {where}…
      </div>
    );
  }
  if (timeline.status === 'not_analysed') {
    return (
      <div className="timeline-empty" data-testid="timeline-empty">
        <Icon name="info" size={22} />
        <p>No analysis yet: the timeline is reconstructed from it.</p>
        <Button variant="primary" disabled={analysing} onClick={() => void analyse()}>
          Analyse the case
        </Button>
      </div>
    );
  }
  if (timeline.status === 'failed') {
    return (
      <div className="timeline-empty timeline-failed" role="alert" data-testid="timeline-empty">
        <Icon name="alert" size={22} />
        <p>The timeline of {where} could not be loaded.</p>
        <p className="muted">{timeline.problem}</p>
        <Button onClick={() => void loadTimeline(sku, location)}>Try again</Button>
      </div>
    );
  }
  const nothing = (timeline.events?.total ?? 0) === 0 && (timeline.history?.steps.length ?? 0) === 0;
  return (
    <>
      {timeline.history === null && timeline.problem !== null && (
        <p className="timeline-note" data-testid="timeline-note">
          {timeline.problem}: no levels to draw, only its events.
        </p>
      )}
      {nothing ? (
        <div className="timeline-empty" data-testid="timeline-empty">
          <Icon name="info" size={22} />
          <p>No middleware events and no level changes are recorded for {where}.</p>
          <p className="muted">Its figures come from snapshots only; nothing in the exports moved them.</p>
        </div>
      ) : (
        <TimelineChart timeline={timeline} />
      )}
      {(timeline.events?.untimed ?? 0) > 0 && (
        <p className="timeline-note">{timeline.events?.untimed} events of this SKU have no time and cannot be placed on the timeline.</p>
      )}
    </>
  );
}

export function SkuTimeline({ sku, location }: { sku: string; location: string | null }): ReactElement {
  const timeline = useAppStore((state) => state.timeline);
  const loadTimeline = useAppStore((state) => state.loadTimeline);
  const shown = timeline !== null && timeline.key.sku === sku && timeline.key.location === location ? timeline : null;
  const held = shown !== null;

  // Loads on arrival, and again whenever the store forgets the timeline (another case, a new analysis).
  useEffect(() => {
    if (!held) void loadTimeline(sku, location);
  }, [sku, location, held, loadTimeline]);

  return (
    <section
      className="timeline-panel"
      aria-label={`Timeline of ${sku}`}
      data-testid="sku-timeline"
      data-sku={sku}
      data-location={location ?? ''}
      data-status={shown?.status ?? 'loading'}
    >
      {(shown === null || shown.status === 'loading' || shown.status === 'ready') && (
        <div className="timeline-toolbar">
          <ZoneSwitch />
          <AsOfControl />
        </div>
      )}
      <TimelineBody timeline={shown} sku={sku} location={location} />
      <RecordDrawer />
    </section>
  );
}
