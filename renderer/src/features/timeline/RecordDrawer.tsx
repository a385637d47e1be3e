// The full record of a row picked on the timeline: key fields, the consultant's annotations on the row (to read,
// add, edit), the raw payload, every column, its file and line.
import { useEffect, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { CloseButton } from '../../components/CloseButton';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { fieldText, keyFields, prettyPayload } from './record-fields';
import type { RecordField } from '../../../../shared/model/timeline';

/** What a row of each table is called in the drawer's title. */
const ROW_NAMES: Record<string, string> = { events: 'Middleware event', ledger: 'Ledger line', snapshots: 'Snapshot row' };

function FieldRows({ fields, zone }: { fields: RecordField[]; zone: string }): ReactElement {
  return (
    <dl className="record-fields">
      {fields.map((field) => {
        const text = fieldText(field, zone);
        return (
          <div key={field.name} className="record-field">
            <dt>{field.name}</dt>
            <dd className={text === null ? 'cell-null' : undefined}>{text ?? 'NULL'}</dd>
          </div>
        );
      })}
    </dl>
  );
}

export function RecordDrawer(): ReactElement | null {
  const drawer = useAppStore((state) => state.timelineRecord);
  const zone = useAppStore((state) => state.displayZone);
  const closeRecord = useAppStore((state) => state.closeRecord);
  const focusRow = useAppStore((state) => state.focusRow);

  useEffect(() => {
    if (drawer === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeRecord();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawer, closeRecord]);

  if (drawer === null) return null;
  const { focus, record, problem } = drawer;
  const payload = record?.fields.find((field) => field.name === 'payload')?.value ?? null;
  const source = record?.source ?? null;
  const line = focus.line_number === null ? 'no line' : `line ${focus.line_number}`;

  return (
    <aside className="record-drawer" aria-label="Record" data-testid="record-drawer">
      <header className="record-drawer-header">
        <div>
          <h3 className="record-drawer-title">{ROW_NAMES[focus.table] ?? `Row of ${focus.table}`}</h3>
          <p className="record-source" data-testid="record-source">
            {source === null ? `source ${focus.source_id}` : (source.relative_path ?? source.file_name)} · {line}
          </p>
        </div>
        <CloseButton label="Close the record" onClick={closeRecord} />
      </header>
      <div className="record-drawer-body">
        {problem !== null && <p className="record-problem">{problem}</p>}
        {record === null && problem === null && <p className="muted">Loading the record…</p>}
        {record !== null && (
          <>
            <FieldRows fields={keyFields(record.table, record.fields)} zone={zone} />
            <AnnotationPanel target={{ kind: 'event', source_id: focus.source_id, line_number: focus.line_number }} />
            <h4 className="record-heading">Raw payload</h4>
            {typeof payload === 'string' && payload !== '' ? (
              <pre className="record-payload" data-testid="record-payload">{prettyPayload(payload)}</pre>
            ) : (
              <p className="muted record-payload-none" data-testid="record-payload">
                {record.fields.some((field) => field.name === 'payload')
                  ? 'This export carries no payload for the event; its raw values are in the fields (the *_raw columns).'
                  : 'Rows of this table carry no payload.'}
              </p>
            )}
            <details className="record-all">
              <summary>All {record.fields.length} columns</summary>
              <FieldRows fields={record.fields} zone={zone} />
            </details>
            {source !== null && (
              <p className="record-path muted" title={source.path}>
                {source.path}
                {source.preset_name === null ? '' : ` · read as ${source.preset_name}`}
              </p>
            )}
          </>
        )}
      </div>
      <footer className="record-drawer-footer">
        <Button
          icon="table"
          variant="primary"
          disabled={record === null}
          onClick={() => {
            closeRecord();
            void focusRow(focus);
          }}
        >
          Show in grid
        </Button>
      </footer>
    </aside>
  );
}
