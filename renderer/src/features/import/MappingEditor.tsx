// Edits a file's mapping as the documented mapping file: which column fills each canonical field, value maps, empty words, zone.
import type { ReactElement } from 'react';
import { CANONICAL_FIELDS, RECORD_KINDS, SYSTEMS, type CanonicalField, type FieldRule, type MappingDocument } from '../../../../shared/model/mapping';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import {
  effectiveFieldRule,
  mappingJson,
  mappingKind,
  VALUE_MAP_FIELDS,
  withFieldRule,
  withKind,
  columnRule,
  ruleParts,
  withNullValues,
  withTimeZone,
  type ValueMapField,
  type WizardFile,
} from '../../store/import-wizard-selectors';
import { ValueMapEditor } from './ValueMapEditor';

/** Fields without which every record of a kind is refused (docs/mappings.md). */
const REQUIRED: Record<string, readonly string[]> = {
  events: ['ts'],
  snapshots: ['sku'],
  ledger: ['ts', 'sku', 'qty_delta'],
};

const NOT_READ = '';
const CONSTANT = '\u0000constant';

export function MappingEditor({ file, mapping, stale }: { file: WizardFile; mapping: MappingDocument; stale: boolean }): ReactElement {
  const presets = useAppStore((state) => state.presets);
  const change = useAppStore((state) => state.changeImportMapping);
  const refresh = useAppStore((state) => state.refreshImportPreviews);
  const discard = useAppStore((state) => state.discardImportMapping);
  const closeEditor = useAppStore((state) => state.closeMappingEditor);
  const runCommand = useAppStore((state) => state.runCommand);
  const kind = mappingKind(mapping, presets);
  const base = presets.find((preset) => preset.id === mapping.extends) ?? null;

  return (
    <section className="mapping-editor" aria-label="Mapping" data-testid="mapping-editor">
      <header className="mapping-editor-head">
        <strong>Mapping</strong>
        <span className="muted">
          {base === null ? 'Its own mapping: give the system, the kind and the columns.' : `Changes to the preset ${base.name}.`}
        </span>
      </header>
      <div className="mapping-meta">
        <label className="field">
          <span className="field-label">Id</span>
          <input
            className="text-input"
            data-testid="mapping-id"
            value={mapping.id}
            spellCheck={false}
            onChange={(event) => change({ ...mapping, id: event.target.value })}
          />
        </label>
        <label className="field mapping-name">
          <span className="field-label">Name</span>
          <input className="text-input" value={mapping.name} onChange={(event) => change({ ...mapping, name: event.target.value })} />
        </label>
        {base === null && (
          <>
            <label className="field">
              <span className="field-label">System</span>
              <select
                className="select-input"
                data-testid="mapping-system"
                value={mapping.system ?? ''}
                onChange={(event) => change({ ...mapping, system: event.target.value as MappingDocument['system'] })}
              >
                {SYSTEMS.map((system) => (
                  <option key={system} value={system}>
                    {system}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">One row is</span>
              <select
                className="select-input"
                data-testid="mapping-kind"
                value={kind ?? ''}
                onChange={(event) => change(withKind(mapping, event.target.value as (typeof RECORD_KINDS)[number]))}
              >
                {RECORD_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label className="field">
          <span className="field-label">Zone of naive times</span>
          <input
            className="text-input"
            data-testid="mapping-zone"
            placeholder="America/Chicago"
            value={mapping.timeZone ?? ''}
            spellCheck={false}
            onChange={(event) => change(withTimeZone(mapping, event.target.value))}
          />
        </label>
        <label className="field">
          <span className="field-label">Cells meaning “no figure”</span>
          <input
            key={file.path}
            className="text-input"
            data-testid="mapping-null-values"
            placeholder="Not stocked, n/a"
            title="Separate them with commas; they are read as empty instead of refused"
            defaultValue={(mapping.nullValues ?? []).join(', ')}
            onBlur={(event) => change(withNullValues(mapping, event.target.value))}
          />
        </label>
      </div>

      {kind !== null && (
        <table className="summary-table mapping-fields" data-testid="mapping-fields">
          <thead>
            <tr>
              <th>Canonical field</th>
              <th>Read from</th>
              <th>JSON path or constant</th>
            </tr>
          </thead>
          <tbody>
            {CANONICAL_FIELDS[kind].map((field) => (
              <FieldRow
                key={field}
                field={field}
                required={REQUIRED[kind]?.includes(field) ?? false}
                rule={effectiveFieldRule(file, field)}
                columns={file.columns}
                onChange={(rule) => change(withFieldRule(mapping, field, rule))}
              />
            ))}
          </tbody>
        </table>
      )}

      {kind !== null &&
        (Object.entries(VALUE_MAP_FIELDS[kind]) as [ValueMapField, readonly string[]][]).map(([field, allowed]) => (
          <ValueMapEditor key={field} file={file} mapping={mapping} field={field} allowed={allowed} />
        ))}

      <details className="mapping-json">
        <summary>The mapping file this writes</summary>
        <pre data-testid="mapping-json">{mappingJson(mapping)}</pre>
      </details>

      <div className="mapping-actions">
        <Button variant={stale ? 'primary' : 'default'} icon="search" data-testid="wizard-apply-mapping" onClick={() => void refresh()}>
          Preview with this mapping
        </Button>
        <Button icon="download" data-testid="wizard-save-mapping" onClick={() => void runCommand('save-mapping')}>
          Save mapping…
        </Button>
        <Button variant="ghost" data-testid="wizard-discard-mapping" onClick={() => void discard()}>
          Discard edits
        </Button>
        <Button variant="ghost" onClick={closeEditor}>
          Hide editor
        </Button>
      </div>
    </section>
  );
}

function FieldRow({
  field,
  required,
  rule,
  columns,
  onChange,
}: {
  field: CanonicalField;
  required: boolean;
  rule: FieldRule | null;
  columns: string[];
  onChange: (rule: FieldRule | null) => void;
}): ReactElement {
  const parts = ruleParts(rule);
  const column = parts.kind === 'column' ? parts.column : null;
  const json = parts.kind === 'column' ? parts.json : '';
  const choice = parts.kind === 'constant' ? CONSTANT : (column ?? NOT_READ);
  // A column the rule names but the file lacks is still offered, so the select shows what the mapping says.
  const options = column !== null && !columns.includes(column) ? [column, ...columns] : columns;

  const choose = (value: string) => {
    if (value === NOT_READ) onChange(null);
    else if (value === CONSTANT) onChange({ constant: '' });
    else onChange(columnRule(value, json));
  };

  return (
    <tr data-testid="mapping-field" data-field={field}>
      <td>
        <span className={required ? 'mapping-field-name required' : 'mapping-field-name'}>{field}</span>
        {required && <span className="muted"> required</span>}
      </td>
      <td>
        <select className="select-input" aria-label={`${field}: read from`} value={choice} onChange={(event) => choose(event.target.value)}>
          <option value={NOT_READ}>— not read —</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
          <option value={CONSTANT}>the same value for every row…</option>
        </select>
      </td>
      <td>
        {parts.kind === 'constant' ? (
          <input
            className="text-input"
            aria-label={`${field}: constant`}
            placeholder="value"
            value={parts.value}
            onChange={(event) => onChange({ constant: event.target.value })}
          />
        ) : column !== null ? (
          <input
            className="text-input"
            aria-label={`${field}: JSON path inside ${column}`}
            placeholder="$.path inside the value (optional)"
            value={json}
            spellCheck={false}
            onChange={(event) => onChange(columnRule(column, event.target.value))}
          />
        ) : null}
      </td>
    </tr>
  );
}
