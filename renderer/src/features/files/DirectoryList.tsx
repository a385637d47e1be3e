// The chooser's folder listing: folders open on click, files are ticked or picked depending on what is asked.
import type { ReactElement } from 'react';
import type { DirectoryEntry } from '../../../../shared/model/files';
import { Icon } from '../../components/Icon';
import { formatBytes } from '../../components/format';
import type { ChooserMode } from '../../store/chooser-purposes';

interface DirectoryListProps {
  entries: DirectoryEntry[];
  mode: ChooserMode;
  /** Paths shown as chosen: ticked files, or the file the text field names. */
  chosen: ReadonlySet<string>;
  onOpenFolder: (path: string) => void;
  onPickFile: (entry: DirectoryEntry) => void;
  onConfirmFile: (entry: DirectoryEntry) => void;
}

export function DirectoryList({ entries, mode, chosen, onOpenFolder, onPickFile, onConfirmFile }: DirectoryListProps): ReactElement {
  if (entries.length === 0) return <p className="chooser-empty">This folder is empty.</p>;
  return (
    <ul className="chooser-list" data-testid="path-list">
      {entries.map((entry) => (
        <li key={entry.path}>
          {entry.kind === 'directory' ? (
            <button type="button" className="chooser-entry" onClick={() => onOpenFolder(entry.path)}>
              <Icon name="folder" size={14} />
              <span className="chooser-entry-name">{entry.name}</span>
            </button>
          ) : (
            <FileEntry
              entry={entry}
              mode={mode}
              chosen={chosen.has(entry.path)}
              onPick={onPickFile}
              onConfirm={onConfirmFile}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

interface FileEntryProps {
  entry: DirectoryEntry;
  mode: ChooserMode;
  chosen: boolean;
  onPick: (entry: DirectoryEntry) => void;
  onConfirm: (entry: DirectoryEntry) => void;
}

function FileEntry({ entry, mode, chosen, onPick, onConfirm }: FileEntryProps): ReactElement {
  const size = <span className="chooser-entry-size">{entry.bytes === null ? '' : formatBytes(entry.bytes)}</span>;
  if (mode === 'files') {
    return (
      <label className={chosen ? 'chooser-entry chosen' : 'chooser-entry'}>
        <input type="checkbox" checked={chosen} onChange={() => onPick(entry)} />
        <Icon name="file" size={14} />
        <span className="chooser-entry-name">{entry.name}</span>
        {size}
      </label>
    );
  }
  return (
    <button
      type="button"
      className={chosen ? 'chooser-entry chosen' : 'chooser-entry'}
      disabled={mode === 'folder'}
      onClick={() => onPick(entry)}
      onDoubleClick={() => onConfirm(entry)}
    >
      <Icon name="file" size={14} />
      <span className="chooser-entry-name">{entry.name}</span>
      {size}
    </button>
  );
}
