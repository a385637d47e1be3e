// The first records of a file as they would be stored: one column per canonical field filled, refused records with their reason.
import type { ReactElement } from 'react';
import type { ImportPreview } from '../../../../shared/model/import';
import { previewCell, previewFields } from '../../store/import-wizard-selectors';
import { formatCount } from '../../components/format';

export function MappedPreview({ preview, stale }: { preview: ImportPreview; stale: boolean }): ReactElement {
  const fields = previewFields(preview);
  const refused = preview.rows.filter((row) => row.reason !== null).length;
  return (
    <section className={stale ? 'wizard-preview stale' : 'wizard-preview'} aria-label="Mapped preview" data-testid="wizard-preview">
      <header className="wizard-preview-head">
        <strong>First {preview.rows.length} records as they would load</strong>
        {preview.sampledRecords !== null && (
          <span className="muted" data-testid="wizard-preview-sampled">
            Judged on the first {formatCount(preview.sampledRecords)} records; the import reads the whole file.
          </span>
        )}
        {refused > 0 && <span className="warn">{refused} would be rejected</span>}
        {stale && <span className="muted">Out of date: the preview shows the settings before your last change.</span>}
      </header>
      <div className="wizard-preview-scroll">
        <table className="summary-table wizard-preview-table">
          <thead>
            <tr>
              <th className="numeric">Line</th>
              {fields.map((field) => (
                <th key={field} data-field={field}>
                  <span className="preview-field">{field}</span>
                  <span className="preview-source">← {preview.resolved[field]}</span>
                </th>
              ))}
              <th>Rejected because</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={String(row.line_number)} className={row.reason === null ? undefined : 'refused'} data-testid="wizard-preview-row">
                <td className="numeric">{String(row.line_number)}</td>
                {fields.map((field) => (
                  <td key={field} data-field={field}>
                    <Cell value={previewCell(row, field)} />
                  </td>
                ))}
                <td className="warn">{row.reason === null ? '' : String(row.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Cell({ value }: { value: string | number | boolean | null }): ReactElement {
  if (value === null) return <span className="cell-null">NULL</span>;
  return <>{String(value)}</>;
}
