// What the in-app path chooser asks for in each command: a new file's name, an existing file, files or a folder.
import type { PathCommand } from './types';

export type ChooserMode = 'new-file' | 'existing-file' | 'files' | 'folder';

export interface ChooserPurpose {
  mode: ChooserMode;
  title: string;
  okLabel: string;
  inputLabel: string;
}

export const CHOOSER_PURPOSES: Record<PathCommand, ChooserPurpose> = {
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
    okLabel: 'Add to import',
    inputLabel: 'Or type a file or folder path',
  },
  'import-folder': {
    mode: 'folder',
    title: 'Import folder',
    okLabel: 'Add folder to import',
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
    okLabel: 'Create case and open the sample',
    inputLabel: 'Case file path',
  },
  'save-mapping': {
    mode: 'new-file',
    title: 'Save mapping',
    okLabel: 'Save mapping',
    inputLabel: 'Mapping file name (.json), or an absolute path, outside the folders being imported',
  },
};
