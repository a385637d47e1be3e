// One normalised field's value map in the mapping editor: raw value to normalised value, with the preview's unmapped raw values offered.
import { useState, type ReactElement } from 'react';
import type { MappingDocument } from '../../../../shared/model/mapping';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { CloseButton } from '../../components/CloseButton';
import { unmappedRawValues, withValueMap, type ValueMapField, type WizardFile } from '../../store/import-wizard-selectors';

interface ValueMapEditorProps {
  file: WizardFile;
  mapping: MappingDocument;
  field: ValueMapField;
  allowed: readonly string[];
}

export function ValueMapEditor({ file, mapping, field, allowed }: ValueMapEditorProps): ReactElement {
  const change = useAppStore((state) => state.changeImportMapping);
  const map = mapping.values?.[field] ?? {};
  const entries = Object.entries(map);
  const suggestions = unmappedRawValues(file.preview, field).filter((raw) => !(raw in map));
  const [raw, setRaw] = useState('');
  const [value, setValue] = useState(allowed[0] ?? '');
  const put = (next: Record<string, string>) => change(withValueMap(mapping, field, next));

  return (
    <div className="value-map" data-testid="value-map" data-field={field}>
      <span className="field-label">
        Values of <strong>{field}</strong>
        {entries.length === 0 && ' (the built-in vocabulary only)'}
      </span>
      {entries.length > 0 && (
        <ul className="value-map-list">
          {entries.map(([from, to]) => (
            <li key={from}>
              <code>{from}</code> →
              <select className="select-input" aria-label={`${field} value for ${from}`} value={to} onChange={(event) => put({ ...map, [from]: event.target.value })}>
                {allowed.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
              <CloseButton
                label={`Remove ${from}`}
                onClick={() => put(Object.fromEntries(entries.filter(([key]) => key !== from)))}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="value-map-add">
        <input
          className="text-input"
          aria-label={`Raw ${field} value`}
          placeholder="raw value"
          value={raw}
          onChange={(event) => setRaw(event.target.value)}
        />
        →
        <select className="select-input" aria-label={`Normalised ${field}`} value={value} onChange={(event) => setValue(event.target.value)}>
          {allowed.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <Button
          disabled={raw.trim() === ''}
          onClick={() => {
            put({ ...map, [raw.trim()]: value });
            setRaw('');
          }}
        >
          Add
        </Button>
        {suggestions.length > 0 && (
          <span className="value-map-suggest">
            Unmapped in the preview:
            {suggestions.map((suggestion) => (
              <button key={suggestion} type="button" className="value-chip" onClick={() => setRaw(suggestion)}>
                {suggestion}
              </button>
            ))}
          </span>
        )}
      </div>
    </div>
  );
}
