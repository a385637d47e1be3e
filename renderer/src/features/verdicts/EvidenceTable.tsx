// A verdict's evidence: the client's own rows, each naming its file and line; a row opens the grid at that row.
import type { ReactElement } from 'react';
import type { EvidenceRow } from '../../../../shared/model/findings';
import { useAppStore } from '../../app/store-context';
import { formatCount } from '../../components/format';
import { formatInstant } from '../../store/verdict-selectors';
import { AnnotationBadge } from '../annotations/AnnotationBadge';
import { onRowKey } from './row-keys';
import './verdicts.css';

interface EvidenceTableProps {
  rows: EvidenceRow[];
  /** How many rows the verdict has in all (the page shows the first ones). */
  total: number;
}

function Row({ row }: { row: EvidenceRow }): ReactElement {
  const focusRow = useAppStore((state) => state.focusRow);
  const open = () => void focusRow({ table: row.table, source_id: row.source_id, line_number: row.line });
  const where = `${row.source_file}${row.line === null ? '' : `:${row.line}`}`;
  return (
    <tr
      className="evidence-row"
      tabIndex={0}
      data-testid="evidence-row"
      data-table={row.table}
      data-source={row.source_id}
      data-line={row.line ?? ''}
      aria-label={`Show ${where} in the ${row.table} table`}
      onClick={open}
      onKeyDown={(event) => onRowKey(event, open)}
    >
      <td className="evidence-time">{row.ts === null ? '–' : formatInstant(row.ts, true)}</td>
      <td className="evidence-source">
        <span className={`table-tag table-tag-${row.table}`}>{row.table}</span>
        <span className="evidence-where" title={where}>
          <span className="evidence-file">{row.source_file}</span>
          {row.line !== null && <span className="evidence-line">:{row.line}</span>}
        </span>
      </td>
      <td className="evidence-summary">
        {row.summary}
        <AnnotationBadge target={{ kind: 'event', source_id: row.source_id, line_number: row.line }} />
      </td>
    </tr>
  );
}

export function EvidenceTable({ rows, total }: EvidenceTableProps): ReactElement {
  if (rows.length === 0) {
    return <p className="list-empty">No row of the client's data points at this verdict: the gap itself is the finding.</p>;
  }
  return (
    <>
      <table className="verdict-table evidence-table" data-testid="evidence-table">
        <thead>
          <tr>
            <th>Time</th>
            <th>Row</th>
            <th>What it shows</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={`${row.source_id}:${row.line ?? ''}:${row.table}`} row={row} />
          ))}
        </tbody>
      </table>
      {total > rows.length && (
        <p className="board-card-note">
          The first {formatCount(rows.length)} of {formatCount(total)} rows; the analysis_evidence table holds them all.
        </p>
      )}
    </>
  );
}
