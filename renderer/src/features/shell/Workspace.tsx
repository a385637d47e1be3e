// The open case's layout: view tabs, then the view they chose (the home also shows how the last import went).
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { GridPane } from '../grid/GridPane';
import { CaseHome } from '../home/CaseHome';
import { ImportSummary } from '../import/ImportSummary';
import { TableList } from '../tables/TableList';
import { SkuDetail } from '../verdicts/SkuDetail';
import { VerdictBoard } from '../verdicts/VerdictBoard';
import { ViewTabs } from './ViewTabs';

export function Workspace(): ReactElement {
  const view = useAppStore((state) => state.view);

  return (
    <div className="workspace">
      <ViewTabs />
      {view.kind === 'home' && <ImportSummary />}
      <div className="view-body" data-testid={`view-${view.kind}`}>
        {view.kind === 'home' && <CaseHome />}
        {view.kind === 'data' && (
          <div className="data-view">
            <TableList />
            <main className="main-pane">
              <GridPane />
            </main>
          </div>
        )}
        {view.kind === 'verdicts' && <VerdictBoard />}
        {view.kind === 'sku' && <SkuDetail sku={view.sku} location={view.location} />}
      </div>
    </div>
  );
}
