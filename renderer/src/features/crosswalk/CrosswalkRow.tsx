// One system's value in the crosswalk: its identity, how it was matched, and the consultant's mapping of it.
import { useState, type FormEvent, type KeyboardEvent, type ReactElement } from 'react';
import { CROSSWALK_METHOD_LABELS, type CrosswalkEntry } from '../../../../shared/model/crosswalk';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { SystemBadge } from '../../components/SystemBadge';
import { formatRows } from '../../components/format';

interface CrosswalkRowProps {
  entry: CrosswalkEntry;
  /** The first row of its identity's group, which names the identity. */
  first: boolean;
  /** The datalist of identities and spellings a mapping may name. */
  targetsId: string;
}

export function CrosswalkRow({ entry, first, targetsId }: CrosswalkRowProps): ReactElement {
  const saving = useAppStore((state) => state.crosswalkSaving);
  const removeCrosswalkMapping = useAppStore((state) => state.removeCrosswalkMapping);
  const [editing, setEditing] = useState(false);
  const who = `${entry.system} ${entry.raw_value}`;
  return (
    <tr className={first ? 'crosswalk-row first' : 'crosswalk-row'} data-testid="crosswalk-row" data-system={entry.system} data-raw={entry.raw_key}>
      <td className="crosswalk-identity">{first && <span title="The identity analysis joins on">{entry.canonical_key}</span>}</td>
      <td>
        <SystemBadge system={entry.system} />
      </td>
      <td>
        <div className="crosswalk-value">
          <span className="crosswalk-raw">{entry.raw_value}</span>
          <span className="crosswalk-records">{formatRows(entry.records)}</span>
        </div>
      </td>
      <td>
        <span className={`crosswalk-method method-${entry.method}`} data-testid="crosswalk-method">
          {CROSSWALK_METHOD_LABELS[entry.method]}
        </span>
      </td>
      <td className="numeric">{entry.confidence === null ? <span className="muted">—</span> : `${Math.round(entry.confidence * 100)}%`}</td>
      {editing ? (
        <td colSpan={2}>
          <MappingForm entry={entry} targetsId={targetsId} onDone={() => setEditing(false)} />
        </td>
      ) : (
        <>
          <td className="crosswalk-evidence" data-testid="crosswalk-evidence">
            {entry.evidence}
          </td>
          <td className="crosswalk-actions">
            <Button variant="ghost" icon="edit" disabled={saving} title={`Map ${who} to another identity`} onClick={() => setEditing(true)}>
              Map
            </Button>
            {entry.method === 'user' && (
              <Button
                variant="ghost"
                icon="close"
                disabled={saving}
                title={`Remove your mapping of ${who}: the inferred one applies again`}
                data-testid="crosswalk-unset"
                onClick={() => void removeCrosswalkMapping({ kind: entry.kind, system: entry.system, raw: entry.raw_value })}
              >
                Unset
              </Button>
            )}
          </td>
        </>
      )}
    </tr>
  );
}

function MappingForm({ entry, targetsId, onDone }: { entry: CrosswalkEntry; targetsId: string; onDone: () => void }): ReactElement {
  const setCrosswalkMapping = useAppStore((state) => state.setCrosswalkMapping);
  const saving = useAppStore((state) => state.crosswalkSaving);
  const [target, setTarget] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (target.trim() === '' || saving) return;
    const saved = await setCrosswalkMapping({ kind: entry.kind, system: entry.system, raw: entry.raw_value, canonical: target.trim() });
    if (saved) onDone();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };

  return (
    <form className="crosswalk-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} data-testid="crosswalk-form">
      <label className="crosswalk-form-label">
        Same as
        <input
          type="text"
          list={targetsId}
          value={target}
          autoFocus
          placeholder="an identity, another system's name, or a new name"
          aria-label={`Map ${entry.system} ${entry.raw_value} to`}
          data-testid="crosswalk-target"
          onChange={(event) => setTarget(event.target.value)}
        />
      </label>
      <Button type="submit" variant="primary" disabled={saving || target.trim() === ''}>
        Save
      </Button>
      <Button onClick={onDone}>Cancel</Button>
    </form>
  );
}
