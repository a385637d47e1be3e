// One SKU x location's page: its figures per system, its timeline on top, then its verdicts with their evidence rows
// beside the checklist and the annotations.
import { useEffect, type ReactElement } from 'react';
import { clusterLabel } from '../../../../shared/model/findings';
import type { SkuFindings, SkuVerdict } from '../../../../shared/model/verdicts';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { formatCount } from '../../components/format';
import { formatInstant, placeLabel } from '../../store/verdict-selectors';
import { AnnotationBadge } from '../annotations/AnnotationBadge';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { StarToggle } from '../annotations/StarToggle';
import { SkuTimeline } from '../timeline/SkuTimeline';
import { ChecklistPanel } from './ChecklistPanel';
import { ConfidenceMeter } from './ConfidenceMeter';
import { EvidenceTable } from './EvidenceTable';
import { SystemFigures } from './SystemFigures';
import { ViewMessage } from './ViewMessage';
import './verdicts.css';

const STATUS_LABELS: Record<string, string> = {
  drift: 'Drifts',
  agree: 'Agrees',
  in_flight: 'In flight',
  single_system: 'Only one system counts it',
};

function VerdictSection({ verdict, findings }: { verdict: SkuVerdict; findings: SkuFindings }): ReactElement {
  const navigate = useAppStore((state) => state.navigate);
  return (
    <section className="sku-panel verdict-section" data-testid="sku-verdict" data-cluster={verdict.cluster}>
      <header className="verdict-header">
        <button
          type="button"
          className="verdict-cluster"
          title="All SKUs with this verdict"
          onClick={() => navigate({ kind: 'verdicts', cluster: verdict.cluster })}
        >
          {clusterLabel(verdict.cluster)}
        </button>
        <AnnotationBadge target={{ kind: 'verdict', cluster: verdict.cluster, sku: findings.sku, location: findings.location }} />
        <span className="verdict-units">{formatCount(verdict.units)} units</span>
        <ConfidenceMeter confidence={verdict.confidence} />
      </header>
      <p className="first-check">
        <span className="first-check-label">First handoff point to check</span>
        {verdict.first_check}
      </p>
      <EvidenceTable rows={verdict.evidence} total={verdict.evidence_total} />
    </section>
  );
}

function Findings({ findings }: { findings: SkuFindings }): ReactElement {
  return (
    <div className="sku-columns">
      <div className="sku-main">
        {findings.verdicts.length === 0 ? (
          <ViewMessage icon="check" title={`No verdict: ${STATUS_LABELS[findings.status] ?? findings.status}`} testId="sku-no-verdict">
            <p className="muted">
              The systems do not drift for this SKU x location at {formatInstant(findings.as_of)}, so there is nothing to
              explain and no checklist.
            </p>
          </ViewMessage>
        ) : (
          findings.verdicts.map((verdict) => <VerdictSection key={verdict.cluster} verdict={verdict} findings={findings} />)
        )}
      </div>
      <aside className="sku-side">
        {findings.checklist !== null && <ChecklistPanel checklist={findings.checklist} />}
        <AnnotationPanel target={{ kind: 'sku', sku: findings.sku, location: findings.location }} related />
      </aside>
    </div>
  );
}

export function SkuDetail({ sku, location }: { sku: string; location: string | null }): ReactElement {
  const page = useAppStore((state) => state.skuPage);
  const loadPage = useAppStore((state) => state.loadSkuPage);
  const navigate = useAppStore((state) => state.navigate);
  const mine = page !== null && page.sku === sku && page.location === location ? page : null;
  const findings = mine?.value ?? null;

  useEffect(() => {
    void loadPage(sku, location);
  }, [sku, location, loadPage]);

  return (
    <section className="verdicts-view sku-detail" data-testid="sku-detail" aria-label={`SKU ${placeLabel(sku, location)}`}>
      <div className="verdicts-column">
        <nav className="crumbs" aria-label="Breadcrumb">
          <button type="button" className="crumb" data-testid="crumb-verdicts" onClick={() => navigate({ kind: 'verdicts', cluster: null })}>
            All verdicts
          </button>
          <span aria-hidden="true">›</span>
          <span aria-current="page">{placeLabel(sku, location)}</span>
        </nav>
        <header className="sku-header">
          <h2 className="sku-title">
            <span className="sku-name">{sku}</span>
            {location !== null && <span className="sku-location">@ {location}</span>}
          </h2>
          <StarToggle sku={sku} location={location} />
          {findings !== null && (
            <>
              <span className={`pill status-pill status-pill-${findings.status}`} data-testid="sku-status">
                {STATUS_LABELS[findings.status] ?? findings.status}
              </span>
              <SystemFigures figures={findings.figures} />
              <span className="sku-as-of">
                {findings.bucket.replace('_', ' ')} at {formatInstant(findings.as_of)}
              </span>
            </>
          )}
        </header>
        <div className="sku-timeline">
          <SkuTimeline sku={sku} location={location} />
        </div>
        {findings !== null && mine?.problem != null && (
          <p className="list-problem" role="alert">
            {mine.problem}
          </p>
        )}
        {findings !== null ? (
          <Findings findings={findings} />
        ) : mine?.problem != null ? (
          <ViewMessage icon="alert" title="No findings for this SKU" tone="problem" testId="sku-problem">
            <p className="muted">{mine.problem}</p>
            <Button onClick={() => navigate({ kind: 'verdicts', cluster: null })}>All verdicts</Button>
          </ViewMessage>
        ) : (
          <div className="sku-columns" aria-busy="true" aria-label="Loading the SKU's findings">
            <div className="sku-main">
              <div className="sku-panel board-card-skeleton" />
            </div>
            <aside className="sku-side">
              <div className="sku-panel board-card-skeleton" />
            </aside>
          </div>
        )}
      </div>
    </section>
  );
}
