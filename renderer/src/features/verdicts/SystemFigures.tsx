// Each counting system's figure beside its colour, the same way in every verdict view.
import type { ReactElement } from 'react';
import { COUNTING_SYSTEMS, type CountingSystem, type SystemFigures as Figures } from '../../../../shared/model/findings';
import { formatCount } from '../../components/format';
import './verdicts.css';

export const SYSTEM_LABELS: Record<CountingSystem, string> = { erp: 'ERP', wms: 'WMS', storefront: 'Storefront' };

/** A system's name with its colour dot, for headers and legends. */
export function SystemName({ system }: { system: CountingSystem }): ReactElement {
  return (
    <span className={`system-name sys-${system}`}>
      <span className="sys-dot" aria-hidden="true" />
      {SYSTEM_LABELS[system]}
    </span>
  );
}

/** A figure, or a dash where the system holds none for the SKU. */
export function Figure({ value }: { value: number | null }): ReactElement {
  return value === null ? <span className="figure-none" title="No figure in this system">–</span> : <>{formatCount(value)}</>;
}

export function SystemFigures({ figures }: { figures: Figures }): ReactElement {
  return (
    <dl className="system-figures">
      {COUNTING_SYSTEMS.map((system) => (
        <div key={system} className="system-figure" data-system={system}>
          <dt>
            <SystemName system={system} />
          </dt>
          <dd>
            <Figure value={figures[system]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
