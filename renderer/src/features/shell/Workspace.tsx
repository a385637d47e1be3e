// The open case's layout: tables sidebar on the left, import summary, analysis findings and grid on the right.
import type { ReactElement } from 'react';
import { FindingsSummary } from '../analysis/FindingsSummary';
import { GridPane } from '../grid/GridPane';
import { ImportSummary } from '../import/ImportSummary';
import { TableList } from '../tables/TableList';

export function Workspace(): ReactElement {
  return (
    <div className="workspace">
      <TableList />
      <main className="main-pane">
        <ImportSummary />
        <FindingsSummary />
        <GridPane />
      </main>
    </div>
  );
}
