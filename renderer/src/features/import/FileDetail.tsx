// One file in the wizard: format, the preset that reads it and why, the preset choice, its own zone, the mapping editor and the mapped rows.
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { SystemBadge } from '../../components/SystemBadge';
import { formatBytes } from '../../components/format';
import { isPreviewStale, wizardTimeZones, type WizardFile } from '../../store/import-wizard-selectors';
import { MappedPreview } from './MappedPreview';
import { MappingEditor } from './MappingEditor';

export function FileDetail({ file, editing }: { file: WizardFile; editing: boolean }): ReactElement {
  const presets = useAppStore((state) => state.presets);
  const zoneText = useAppStore((state) => state.importTimeZones);
  const files = useAppStore((state) => state.importWizard?.files);
  const setPreset = useAppStore((state) => state.setImportFilePreset);
  const setZone = useAppStore((state) => state.setImportFileZone);
  const refresh = useAppStore((state) => state.refreshImportPreviews);
  const editMapping = useAppStore((state) => state.editImportMapping);
  const preview = file.preview;
  const stale = isPreviewStale(file, wizardTimeZones(zoneText, files ?? []));
  const detected = preview?.candidates[0] ?? null;

  return (
    <div className="wizard-detail" data-testid="wizard-detail" data-path={file.path}>
      <header className="wizard-detail-head">
        <h3 className="path-cell" title={file.path}>
          {file.relativePath}
        </h3>
        <span className="muted">
          {formatBytes(file.bytes)}
          {preview !== null && ` · ${preview.format} · ${preview.encoding}`}
        </span>
        {preview !== null && <SystemBadge system={preview.system} />}
        {preview?.kind != null && <span className="muted">{preview.kind}</span>}
        {file.previewing && <span className="spinner" aria-label="Reading the file" />}
      </header>

      {preview?.warnings.map((warning) => (
        <p key={warning} className="wizard-note warn">
          {warning}
        </p>
      ))}

      <div className="wizard-recognition" data-testid="wizard-recognition">
        {preview === null ? (
          <p className="muted">{file.previewError === null ? 'Reading the file…' : ''}</p>
        ) : preview.mappingId === null ? (
          <p className="warn" data-testid="wizard-reason">
            {preview.reason}. It would be kept as a text table; choose a preset or edit a mapping to read it.
          </p>
        ) : (
          <>
            <p>
              Read as <strong data-testid="wizard-preset-name">{preview.mappingName}</strong>
              {file.mapping === null && file.presetId === null ? ' (detected)' : file.mapping === null ? ' (chosen by you)' : ''}
            </p>
            <ul className="wizard-reasons" data-testid="wizard-reason">
              {(file.mapping === null && file.presetId === null && detected !== null ? detected.reasons : [preview.reason]).map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {preview.candidates.length > 1 && file.presetId === null && file.mapping === null && (
              <p className="muted">
                Also matching: {preview.candidates.slice(1).map((candidate) => candidate.presetName).join(', ')}
              </p>
            )}
          </>
        )}
        {file.previewError !== null && (
          <p className="wizard-error" role="alert" data-testid="wizard-preview-error">
            {file.previewError}
          </p>
        )}
      </div>

      <div className="wizard-controls">
        <label className="field">
          <span className="field-label">Read with</span>
          <select
            className="select-input"
            data-testid="wizard-preset"
            value={file.presetId ?? ''}
            disabled={file.mapping !== null}
            onChange={(event) => void setPreset(file.path, event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{detected === null ? 'As detected (nothing matches)' : `As detected: ${detected.presetName}`}</option>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name} ({preset.system}, {preset.kind})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Zone of this file’s naive times</span>
          <input
            className="text-input"
            data-testid="wizard-file-zone"
            placeholder={preview?.tzRule ?? 'by the rules above'}
            value={file.zone}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setZone(file.path, event.target.value)}
            onBlur={() => void refresh()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void refresh();
            }}
          />
        </label>
        {!editing && (
          <Button icon="edit" data-testid="wizard-edit-mapping" disabled={file.columns.length === 0} onClick={editMapping}>
            {file.mapping === null ? 'Edit mapping' : 'Edit mapping (edited)'}
          </Button>
        )}
      </div>
      {preview?.tzRule != null && (
        <p className={preview.naiveWithoutZone ? 'wizard-note warn' : 'wizard-note muted'} data-testid="wizard-tz-rule">
          Times without a zone: {preview.tzRule}
        </p>
      )}

      {editing && file.mapping !== null && <MappingEditor file={file} mapping={file.mapping} stale={stale} />}

      {preview !== null && preview.mappingId !== null && (
        <MappedPreview preview={preview} stale={stale} />
      )}
    </div>
  );
}
