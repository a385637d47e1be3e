// The verdict board: the last analysis's headline, one card per cluster, then noise, sync mode and coverage; with a
// card opened (#/verdicts/<cluster>), that cluster's SKU list instead of the cards.
import { useEffect, type ReactElement } from 'react';
import { CLUSTERS, clusterLabel, type Cluster } from '../../../../shared/model/findings';
import type { VerdictBoard as Board } from '../../../../shared/model/verdicts';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { formatCount } from '../../components/format';
import { selectCanAnalyse } from '../../store/selectors';
import { formatInstant } from '../../store/verdict-selectors';
import { ClusterCard } from './ClusterCard';
import { ClusterSkuList } from './ClusterSkuList';
import { CoverageCard } from './CoverageCard';
import { NoiseCard } from './NoiseCard';
import { OpenTableLink } from './OpenTableLink';
import { SyncModeCard } from './SyncModeCard';
import { ViewMessage } from './ViewMessage';
import './verdicts.css';

const isCluster = (name: string): name is Cluster => (CLUSTERS as readonly string[]).includes(name);

function Headline({ board }: { board: Board }): ReactElement {
  return (
    <div className="board-headline-row">
      <p className="board-headline" data-testid="board-headline">
        <strong>{formatCount(board.drifting)}</strong> of {formatCount(board.skus)} SKU x locations drift, by{' '}
        <strong>{formatCount(board.units)}</strong> units, compared at {formatInstant(board.as_of)}
      </p>
      <OpenTableLink table="analysis_drift" />
      <OpenTableLink table="analysis_verdicts" />
    </div>
  );
}

function Cards({ board }: { board: Board }): ReactElement {
  return (
    <>
      <h2 className="board-section-title">Verdicts by cluster</h2>
      <div className="board-grid" data-testid="cluster-cards">
        {board.clusters.map((card) => (
          <ClusterCard key={card.cluster} card={card} totalUnits={board.units} />
        ))}
      </div>
      <h2 className="board-section-title">The handoff layer</h2>
      <div className="board-grid board-grid-wide">
        <SyncModeCard modes={board.sync_mode} />
        <NoiseCard noise={board.noise} />
        <CoverageCard coverage={board.coverage} />
      </div>
    </>
  );
}

/** The headline's and the cards' places held while the board loads, so nothing moves when it arrives. */
function Skeleton(): ReactElement {
  return (
    <>
      <div className="board-headline-row">
        <p className="board-headline">Reading the findings…</p>
      </div>
      <h2 className="board-section-title">Verdicts by cluster</h2>
      <div className="board-grid" aria-busy="true" aria-label="Loading the verdict board">
        {CLUSTERS.map((cluster) => (
          <div key={cluster} className="board-card board-card-skeleton" />
        ))}
      </div>
    </>
  );
}

function NotAnalysed(): ReactElement {
  const canAnalyse = useAppStore(selectCanAnalyse);
  const analyse = useAppStore((state) => state.analyse);
  return (
    <ViewMessage icon="info" title="No findings yet" testId="verdicts-empty">
      <p className="muted">
        The case has not been analysed. Analyse compares every SKU x location across the ERP, WMS and storefront and
        gives each drifting one a verdict.
      </p>
      <Button variant="primary" onClick={() => void analyse()} disabled={!canAnalyse}>
        Analyse
      </Button>
    </ViewMessage>
  );
}

export function VerdictBoard(): ReactElement {
  const view = useAppStore((state) => state.view);
  const board = useAppStore((state) => state.verdictBoard);
  const loadBoard = useAppStore((state) => state.loadVerdictBoard);
  const navigate = useAppStore((state) => state.navigate);
  const cluster = view.kind === 'verdicts' ? view.cluster : null;
  const { loaded, loading } = board;

  useEffect(() => {
    if (!loaded && !loading) void loadBoard();
  }, [loaded, loading, loadBoard]);

  const content = (): ReactElement => {
    if (board.value === null) {
      if (!loaded) return <Skeleton />;
      if (board.problem !== null) {
        return (
          <ViewMessage icon="alert" title="The verdict board could not be read" tone="problem">
            <p className="muted">{board.problem}</p>
            <Button onClick={() => void loadBoard()}>Try again</Button>
          </ViewMessage>
        );
      }
      return <NotAnalysed />;
    }
    if (cluster === null) return <Cards board={board.value} />;
    const card = isCluster(cluster) ? board.value.clusters.find((candidate) => candidate.cluster === cluster) : undefined;
    if (card === undefined) {
      return (
        <ViewMessage icon="alert" title={`No cluster is called "${clusterLabel(cluster)}"`} testId="unknown-cluster">
          <Button onClick={() => navigate({ kind: 'verdicts', cluster: null })}>All verdicts</Button>
        </ViewMessage>
      );
    }
    return <ClusterSkuList card={card} />;
  };

  return (
    <section className="verdicts-view" data-testid="verdict-board" aria-label="Verdicts">
      <div className="verdicts-column">
        {board.value !== null && <Headline board={board.value} />}
        {content()}
      </div>
    </section>
  );
}
