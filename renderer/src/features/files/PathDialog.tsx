// The in-app path chooser (browser mode): browse folders, pick files or a folder, or type a path.
import type { ReactElement } from 'react';
import type { DirectoryEntry } from '../../../../shared/model/files';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { CHOOSER_PURPOSES } from '../../store/chooser-purposes';
import { selectChooserPaths } from '../../store/selectors';
import type { ChooserState } from '../../store/types';
import { DirectoryList } from './DirectoryList';

export function PathDialog({ chooser }: { chooser: ChooserState }): ReactElement {
  const browse = useAppStore((state) => state.browse);
  const setInput = useAppStore((state) => state.setChooserInput);
  const toggle = useAppStore((state) => state.toggleChooserSelection);
  const close = useAppStore((state) => state.closeChooser);
  const confirm = useAppStore((state) => state.confirmChooser);

  const purpose = CHOOSER_PURPOSES[chooser.purpose];
  const listing = chooser.listing;
  const parent = listing?.parent ?? null;
  const chosen = new Set(selectChooserPaths(chooser));

  const pickFile = (entry: DirectoryEntry) => {
    if (purpose.mode === 'files') toggle(entry.path);
    else if (purpose.mode === 'new-file') setInput(entry.name);
    else setInput(entry.path);
  };
  const confirmFile = (entry: DirectoryEntry) => {
    if (purpose.mode !== 'existing-file') return;
    setInput(entry.path);
    void confirm();
  };

  const footer = (
    <>
      <span className="chooser-status">
        {purpose.mode === 'files' && chooser.selected.length > 0 && `${chooser.selected.length} selected`}
      </span>
      <Button onClick={close}>Cancel</Button>
      <Button variant="primary" data-testid="path-dialog-ok" onClick={() => void confirm()}>
        {purpose.okLabel}
      </Button>
    </>
  );

  return (
    <Modal title={purpose.title} onClose={close} footer={footer} testId="path-dialog">
      <div className="chooser-location">
        <Button
          variant="ghost"
          icon="up"
          data-testid="path-parent"
          disabled={parent === null || chooser.loading}
          onClick={() => parent !== null && void browse(parent)}
        >
          Up
        </Button>
        <span className="chooser-folder" title={listing?.path}>
          {listing?.path ?? 'Loading…'}
        </span>
      </div>
      {/* Keyed by folder so each folder opens scrolled to its top. */}
      <div key={listing?.path} className={chooser.loading ? 'chooser-listing loading' : 'chooser-listing'}>
        {listing !== null && (
          <DirectoryList
            entries={listing.entries}
            mode={purpose.mode}
            chosen={chosen}
            onOpenFolder={(path) => void browse(path)}
            onPickFile={pickFile}
            onConfirmFile={confirmFile}
          />
        )}
      </div>
      <form
        className="chooser-form"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <label className="field">
          <span className="field-label">{purpose.inputLabel}</span>
          <input
            className="text-input"
            data-testid="path-input"
            value={chooser.input}
            onChange={(event) => setInput(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            autoFocus
          />
        </label>
      </form>
      {chooser.problem !== null && (
        <p className="chooser-problem" role="alert">
          {chooser.problem}
        </p>
      )}
    </Modal>
  );
}
