// One cluster's card on the board: how many SKU x locations carry it, the units it accounts for, its largest SKUs.
import type { ReactElement } from 'react';
import { clusterLabel } from '../../../../shared/model/findings';
import type { ClusterCard as Card } from '../../../../shared/model/verdicts';
import { useAppStore } from '../../app/store-context';
import { formatCount } from '../../components/format';
import { placeLabel } from '../../store/verdict-selectors';
import './verdicts.css';

interface ClusterCardProps {
  card: Card;
  /** Units of drift across the whole case, for the card's share bar. */
  totalUnits: number;
}

export function ClusterCard({ card, totalUnits }: ClusterCardProps): ReactElement {
  const navigate = useAppStore((state) => state.navigate);
  const empty = card.skus === 0;
  const share = totalUnits > 0 ? Math.min(1, card.units / totalUnits) : 0;
  const label = clusterLabel(card.cluster);

  return (
    <article
      className={`board-card cluster-card${empty ? ' board-card-empty' : ''}${card.cluster === 'unexplained' ? ' cluster-card-unexplained' : ''}`}
      data-testid="cluster-card"
      data-cluster={card.cluster}
      data-skus={card.skus}
    >
      <button
        type="button"
        className="board-card-open"
        onClick={() => navigate({ kind: 'verdicts', cluster: card.cluster })}
        aria-label={`${label}: ${formatCount(card.skus)} SKU x locations, ${formatCount(card.units)} units. Open the list`}
      >
        <span className="board-card-title">{label}</span>
        <span className="board-card-figures">
          <span className="board-card-stat">
            <span className="board-card-count">{formatCount(card.skus)}</span>
            <span className="board-card-unit">SKU x locations</span>
          </span>
          <span className="board-card-stat">
            <span className="board-card-count">{formatCount(card.units)}</span>
            <span className="board-card-unit">units of drift</span>
          </span>
        </span>
        <span className="share-track" aria-hidden="true">
          <span className="share-fill" style={{ width: `${share * 100}%` }} />
        </span>
      </button>
      {empty ? (
        <p className="board-card-note">None found: no SKU drifts this way.</p>
      ) : (
        <ol className="card-top" aria-label={`Largest ${label} SKUs`}>
          {card.top.map((ref) => (
            <li key={placeLabel(ref.sku, ref.location)}>
              <button
                type="button"
                className="card-top-sku"
                data-testid="card-top-sku"
                onClick={() => navigate({ kind: 'sku', sku: ref.sku, location: ref.location })}
              >
                <span className="card-top-place">{placeLabel(ref.sku, ref.location)}</span>
                <span className="card-top-units">{formatCount(ref.units)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
