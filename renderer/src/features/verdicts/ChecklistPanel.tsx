// The consultant's five-step checklist as the analysis filled it in for one SKU x location, and its conclusion.
import type { ReactElement } from 'react';
import type { Checklist } from '../../../../shared/model/findings';
import { Icon } from '../../components/Icon';
import { formatInstant } from '../../store/verdict-selectors';
import { SYSTEM_LABELS } from './SystemFigures';
import './verdicts.css';

const DIRECTION_LABELS: Record<Checklist['direction'], string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
  bidirectional: 'Both ways',
  unknown: 'Not known',
};

export function ChecklistPanel({ checklist }: { checklist: Checklist }): ReactElement {
  return (
    <section className="sku-panel checklist" data-testid="checklist" aria-label="Checklist">
      <h3 className="sku-panel-title">Checklist</h3>
      <dl className="checklist-facts">
        <div>
          <dt>Changed last</dt>
          <dd>{checklist.changed_last === null ? 'Not known' : SYSTEM_LABELS[checklist.changed_last]}</dd>
        </div>
        <div>
          <dt>Last known good</dt>
          <dd>{checklist.last_known_good === null ? 'Never agreed in the data' : formatInstant(checklist.last_known_good)}</dd>
        </div>
        <div>
          <dt>First divergence</dt>
          <dd>{checklist.first_divergence === null ? 'Not found' : formatInstant(checklist.first_divergence)}</dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{DIRECTION_LABELS[checklist.direction]}</dd>
        </div>
      </dl>
      <ol className="checklist-steps">
        {checklist.steps.map((step) => (
          <li key={step.step} className={step.clean ? 'step-clean' : 'step-flagged'} data-testid="checklist-step" data-clean={step.clean}>
            <span className="step-mark" aria-label={step.clean ? 'clean' : 'flagged'}>
              <Icon name={step.clean ? 'check' : 'alert'} size={14} />
            </span>
            <span className="step-body">
              <span className="step-title">
                {step.step}. {step.title}
              </span>
              <span className="step-finding">{step.finding}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="checklist-conclusion" data-testid="checklist-conclusion">
        {checklist.conclusion}
      </p>
    </section>
  );
}
