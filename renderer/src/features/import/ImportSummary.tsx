// What the last import did, file by file: status, target table, rows loaded and rejected, and why. On the case home,
// whose manifest lists the files that loaded, only the others are listed here.
import type { ReactElement } from 'react';
import type { FileOutcome, FileOutcomeStatus } from '../../../../shared/model/import';
import { useAppStore } from '../../app/store-context';
import { formatCount, formatRows } from '../../components/format';
import { baseName } from '../../store/paths';
import { selectOutcomeCounts } from '../../store/selectors';
import { selectUnloadedFiles } from '../../store/import-wizard-selectors';
import { CloseButton } from '../../components/CloseButton';

const STATUS_LABELS: Record<FileOutcomeStatus, string> = {
  loaded: 'Loaded',
  loaded_raw: 'Unrecognised',
  already_imported: 'Already imported',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export function ImportSummary(): ReactElement | null {
  const summary = useAppStore((state) => state.importSummary);
  const dismiss = useAppStore((state) => state.dismissImportSummary);
  const selectTable = useAppStore((state) => state.selectTable);
  const navigate = useAppStore((state) => state.navigate);
  const onHome = useAppStore((state) => state.view.kind === 'home');
  if (summary === null) return null;
  const counts = selectOutcomeCounts(summary);
  const listed = onHome ? selectUnloadedFiles(summary) : summary.files;

  return (
    <section className="import-summary" data-testid="import-summary" aria-label="Import summary">
      <header className="import-summary-header">
        <strong>Import finished</strong>
        <span>
          {formatCount(summary.files.length)} {summary.files.length === 1 ? 'file' : 'files'}: {counts.loaded} loaded
          {counts.loaded_raw > 0 && `, ${counts.loaded_raw} unrecognised (kept as text)`}
          {counts.already_imported > 0 && `, ${counts.already_imported} already imported`}
          {counts.failed > 0 && `, ${counts.failed} failed`}
          {counts.cancelled > 0 && `, ${counts.cancelled} cancelled`}
        </span>
        <span className="status-item">{formatRows(summary.rowsLoaded)} loaded</span>
        {summary.rowsRejected > 0 && (
          <span className="status-item warn">{formatRows(summary.rowsRejected)} rejected</span>
        )}
        <CloseButton label="Dismiss import summary" onClick={dismiss} />
      </header>
      {listed.length > 0 && (
        <div className="import-summary-scroll">
          <table className="summary-table">
            <thead>
              <tr>
                <th>Status</th>
                <th>File</th>
                <th>Recognised as</th>
                <th>Table</th>
                <th className="numeric">Rows loaded</th>
                <th className="numeric">Rows rejected</th>
                <th>Message</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((file) => (
                <SummaryRow
                  key={file.path}
                  file={file}
                  onSelectTable={(name) => {
                    selectTable(name);
                    navigate({ kind: 'data' });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SummaryRow({ file, onSelectTable }: { file: FileOutcome; onSelectTable: (name: string) => void }): ReactElement {
  const table = file.table;
  return (
    <tr data-testid="import-summary-row" data-status={file.status}>
      <td>
        <span className={`pill pill-${file.status}`}>{STATUS_LABELS[file.status]}</span>
      </td>
      <td className="path-cell" title={file.path}>
        {baseName(file.path)}
      </td>
      <td title={file.matchReason ?? undefined}>{file.presetName ?? <span className="muted">—</span>}</td>
      <td>
        {table === null ? (
          <span className="muted">—</span>
        ) : (
          <button type="button" className="link-button" onClick={() => onSelectTable(table)}>
            {table}
          </button>
        )}
      </td>
      <td className="numeric">{formatCount(file.rowsLoaded)}</td>
      <td className={file.rowsRejected > 0 ? 'numeric warn' : 'numeric'}>{formatCount(file.rowsRejected)}</td>
      <td className="message-cell" title={notes(file)}>
        {shortened(notes(file))}
      </td>
    </tr>
  );
}

const NOTE_CHARS = 160;

/** Long notes (why a file was not recognised) stay one glance long; the full text is in the tooltip. */
function shortened(note: string): string {
  return note.length <= NOTE_CHARS ? note : `${note.slice(0, NOTE_CHARS - 1)}…`;
}

function notes(file: FileOutcome): string {
  return [file.message, ...file.warnings].filter((note) => note !== null && note !== '').join('; ');
}
