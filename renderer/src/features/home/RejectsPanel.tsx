// One file's rejected rows, paged: line, reason and the raw line as the file had it.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { CloseButton } from '../../components/CloseButton';
import { formatCount } from '../../components/format';
import { REJECTS_PAGE_SIZE, type RejectsView } from '../../store/case-home-slice';

export function RejectsPanel({ view }: { view: RejectsView }): ReactElement {
  const showPage = useAppStore((state) => state.showRejectsPage);
  const close = useAppStore((state) => state.closeRejects);
  const total = view.rowCount ?? view.source.rowsRejected;
  const first = view.page * REJECTS_PAGE_SIZE;
  const last = Math.min(first + REJECTS_PAGE_SIZE, total);

  return (
    <section className="home-card rejects-panel" aria-label={`Rejected rows of ${view.source.fileName}`} data-testid="rejects-panel">
      <header className="home-card-header">
        <h2>
          Rejected rows of <span className="path-cell">{view.source.relativePath}</span>
        </h2>
        <span className="muted" data-testid="rejects-count" data-count={total}>
          {formatCount(total)} {total === 1 ? 'row' : 'rows'}
        </span>
        {view.loading && <span className="spinner" aria-label="Loading" />}
        <span className="rejects-pager">
          {total > 0 && (
            <span className="muted">
              {formatCount(first + 1)}–{formatCount(last)}
            </span>
          )}
          <Button disabled={view.page === 0 || view.loading} onClick={() => void showPage(view.page - 1)}>
            Previous
          </Button>
          <Button disabled={last >= total || view.loading} data-testid="rejects-next" onClick={() => void showPage(view.page + 1)}>
            Next
          </Button>
          <CloseButton label="Close the rejected rows" onClick={close} />
        </span>
      </header>
      {view.problem !== null ? (
        <p className="home-problem" role="alert">
          {view.problem}
        </p>
      ) : (
        <div className="rejects-scroll">
          <table className="summary-table rejects-table">
            <thead>
              <tr>
                <th className="numeric">Line</th>
                <th>Reason</th>
                <th>Raw line</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row, index) => (
                <tr key={`${String(row.line_number)}-${index}`} data-testid="reject-row">
                  <td className="numeric">{row.line_number === null ? '—' : String(row.line_number)}</td>
                  <td className="reject-reason">{String(row.reason ?? '')}</td>
                  <td>
                    <code className="reject-raw">{row.raw_line === null ? '' : String(row.raw_line)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
