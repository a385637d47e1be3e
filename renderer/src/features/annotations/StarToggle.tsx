// Stars or unstars a SKU x location; starred SKUs get a page of their own in the report.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';
import { useStar } from './use-annotations';
import './annotations.css';

interface StarToggleProps {
  sku: string;
  location: string | null;
  /** Icon only, for rows of a list; the default also says "Star" or "Starred". */
  compact?: boolean;
}

export function StarToggle({ sku, location, compact = false }: StarToggleProps): ReactElement {
  const star = useStar(sku, location);
  const setSkuStarred = useAppStore((state) => state.setSkuStarred);
  const caseOpen = useAppStore((state) => state.caseInfo !== null);
  const starred = star !== null;
  const place = location === null ? sku : `${sku} @ ${location}`;
  const title = starred ? `Starred: ${place} gets its own page in the report. Click to unstar.` : `Star ${place}: give it its own page in the report`;
  return (
    <button
      type="button"
      className={`star-toggle${compact ? ' star-toggle-compact' : ''}`}
      aria-pressed={starred}
      aria-label={compact ? (starred ? `Unstar ${place}` : `Star ${place}`) : undefined}
      title={title}
      disabled={!caseOpen}
      data-testid="star-toggle"
      onClick={() => void setSkuStarred(sku, location, !starred)}
    >
      <Icon name="star" size={compact ? 14 : 15} />
      {!compact && <span>{starred ? 'Starred' : 'Star'}</span>}
    </button>
  );
}
