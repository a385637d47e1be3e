// What the in-app path chooser asks for in each command: a new file's name, an existing file, files or a folder.
import type { AppCommand } from './types';

export type ChooserMode = 'new-file' | 'existing-file' | 'files' | 'folder';

export interface ChooserPurpose {
  mode: ChooserMode;
  title: string;
  okLabel: string;
  inputLabel: string;
}

export const CHOOSER_PURPOSES: Record<AppCommand, ChooserPurpose> = {
  'new-case': {
    mode: 'new-file',
    title: 'New case',
    okLabel: 'Create case',
    inputLabel: 'Case file name, or an absolute path',
  },
  'open-case': {
    mode: 'existing-file',
    title: 'Open case',
    okLabel: 'Open case',
    inputLabel: 'Case file path',
  },
  'import-files': {
    mode: 'files',
    title: 'Import files',
    okLabel: 'Import',
    inputLabel: 'Or type a file or folder path',
  },
  'import-folder': {
    mode: 'folder',
    title: 'Import folder',
    okLabel: 'Import folder',
    inputLabel: 'Folder path (empty: the folder shown)',
  },
  'export-csv': {
    mode: 'new-file',
    title: 'Export CSV',
    okLabel: 'Export',
    inputLabel: 'CSV file name, or an absolute path',
  },
  'explore-sample': {
    mode: 'new-file',
    title: 'Explore the sample: where to create its case',
    okLabel: 'Create and import sample',
    inputLabel: 'Case file path',
  },
};
