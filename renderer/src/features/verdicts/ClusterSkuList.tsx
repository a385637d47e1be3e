// An opened cluster card: its SKU x locations, a page at a time, sortable by units, confidence or SKU and filtered
// by SKU or location, each with its figures per system; a row opens the SKU's page.
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { clusterLabel, COUNTING_SYSTEMS } from '../../../../shared/model/findings';
import type { ClusterCard, ClusterSku, ClusterSkuSort } from '../../../../shared/model/verdicts';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatCount } from '../../components/format';
import { CLUSTER_PAGE_SIZE } from '../../store/verdict-slice';
import { placeLabel, selectPageRange } from '../../store/verdict-selectors';
import { AnnotationBadge } from '../annotations/AnnotationBadge';
import { StarToggle } from '../annotations/StarToggle';
import { ConfidenceMeter } from './ConfidenceMeter';
import { onRowKey } from './row-keys';
import { Figure, SystemName } from './SystemFigures';
import './verdicts.css';

function SortHeader({ sort, children, numeric = false }: { sort: ClusterSkuSort; children: ReactNode; numeric?: boolean }): ReactElement {
  const list = useAppStore((state) => state.clusterList);
  const sortList = useAppStore((state) => state.sortClusterList);
  const active = list?.sort === sort;
  const direction = active ? (list.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th className={numeric ? 'numeric' : undefined} aria-sort={direction}>
      <button type="button" className="sort-button" data-testid={`sort-${sort}`} onClick={() => void sortList(sort)}>
        {children}
        <span className={`sort-arrow sort-${direction}`} aria-hidden="true">
          {direction === 'ascending' ? '▲' : '▼'}
        </span>
      </button>
    </th>
  );
}

function SkuRow({ row }: { row: ClusterSku }): ReactElement {
  const navigate = useAppStore((state) => state.navigate);
  const open = () => navigate({ kind: 'sku', sku: row.sku, location: row.location });
  const place = placeLabel(row.sku, row.location);
  return (
    <tr
      className="sku-row"
      tabIndex={0}
      data-testid="cluster-sku"
      data-sku={row.sku}
      data-location={row.location ?? ''}
      aria-label={`Open ${place}`}
      onClick={open}
      onKeyDown={(event) => onRowKey(event, open)}
    >
      <td className="sku-cell">
        <span className="sku-name">{row.sku}</span>
        {row.location !== null && <span className="sku-location">{row.location}</span>}
      </td>
      {/* Annotations and the star act on their own; a click on them must not open the row. */}
      <td className="marks-cell" onClick={(event) => event.stopPropagation()}>
        <StarToggle sku={row.sku} location={row.location} compact />
        <AnnotationBadge target={{ kind: 'sku', sku: row.sku, location: row.location }} related />
      </td>
      <td className="numeric">{formatCount(row.units)}</td>
      <td>
        <ConfidenceMeter confidence={row.confidence} />
      </td>
      {COUNTING_SYSTEMS.map((system) => (
        <td key={system} className="numeric">
          <Figure value={row.drift[system]} />
        </td>
      ))}
      <td className="also-cell">{row.also.map(clusterLabel).join(', ')}</td>
    </tr>
  );
}

export function ClusterSkuList({ card }: { card: ClusterCard }): ReactElement {
  const list = useAppStore((state) => state.clusterList);
  const openList = useAppStore((state) => state.openClusterList);
  const filterList = useAppStore((state) => state.filterClusterList);
  const pageList = useAppStore((state) => state.pageClusterList);
  const navigate = useAppStore((state) => state.navigate);
  const { cluster } = card;
  const label = clusterLabel(cluster);

  useEffect(() => {
    void openList(cluster);
  }, [cluster, openList]);

  const mine = list !== null && list.cluster === cluster ? list : null;
  const range = mine === null ? null : selectPageRange(mine, CLUSTER_PAGE_SIZE);
  const rows = mine?.value?.rows ?? [];

  return (
    <div className="cluster-list" data-testid="cluster-list" data-cluster={cluster}>
      <nav className="crumbs" aria-label="Breadcrumb">
        <button type="button" className="crumb" data-testid="crumb-verdicts" onClick={() => navigate({ kind: 'verdicts', cluster: null })}>
          All verdicts
        </button>
        <span aria-hidden="true">›</span>
        <span aria-current="page">{label}</span>
      </nav>
      <header className="cluster-list-header">
        <h2 className="cluster-list-title">{label}</h2>
        <span className="cluster-list-figures">
          {formatCount(card.skus)} SKU x locations · {formatCount(card.units)} units
        </span>
      </header>
      <p className="first-check" data-testid="first-check">
        <span className="first-check-label">First handoff point to check</span>
        {card.first_check}
      </p>
      <div className="list-toolbar">
        <label className="search-field filter-box">
          <Icon name="search" size={14} />
          <input
            type="search"
            placeholder="Filter by SKU or location"
            aria-label={`Filter ${label} SKUs by SKU or location`}
            data-testid="cluster-filter"
            value={mine?.filter ?? ''}
            onChange={(event) => void filterList(event.target.value)}
          />
        </label>
        <span className="list-range" data-testid="list-range" aria-live="polite">
          {range === null || mine?.value == null
            ? 'Loading…'
            : range.total === 0
              ? 'No SKU matches'
              : `${formatCount(range.first)}–${formatCount(range.last)} of ${formatCount(range.total)}`}
        </span>
        <Button disabled={range?.previous == null} onClick={() => range?.previous != null && void pageList(range.previous)}>
          Previous
        </Button>
        <Button disabled={range?.next == null} onClick={() => range?.next != null && void pageList(range.next)}>
          Next
        </Button>
      </div>
      {mine?.problem != null && (
        <p className="list-problem" role="alert">
          {mine.problem}
        </p>
      )}
      <div className={`list-scroll${mine?.loading === true ? ' is-loading' : ''}`}>
        <table className="verdict-table">
          <thead>
            <tr>
              <SortHeader sort="sku">SKU @ location</SortHeader>
              <th>
                <span className="verdicts-sr-only">Star and annotations</span>
              </th>
              <SortHeader sort="units" numeric>
                Units
              </SortHeader>
              <SortHeader sort="confidence">Confidence</SortHeader>
              {COUNTING_SYSTEMS.map((system) => (
                <th key={system} className="numeric">
                  <SystemName system={system} />
                </th>
              ))}
              <th>Also</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <SkuRow key={placeLabel(row.sku, row.location)} row={row} />
            ))}
          </tbody>
        </table>
        {mine?.value != null && rows.length === 0 && (
          <p className="list-empty" data-testid="cluster-list-empty">
            {mine.filter.trim() === ''
              ? `No SKU carries a ${label.toLowerCase()} verdict.`
              : `No ${label.toLowerCase()} SKU or location contains "${mine.filter.trim()}".`}
          </p>
        )}
      </div>
    </div>
  );
}
