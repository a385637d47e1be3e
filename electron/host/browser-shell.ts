// Shell calls in browser mode: a browser cannot show the desktop's native dialogs, so the renderer's path chooser is used.
import type { ShellHandlers } from '../../shared/contract';
import { err } from '../../shared/result';

const unsupported = async () =>
  err<never>('unsupported', 'Native dialogs are not available in browser mode: choose the path in the app instead');

export const browserShell: ShellHandlers = {
  pickImportFiles: unsupported,
  pickImportFolder: unsupported,
  pickCaseToOpen: unsupported,
  pickCaseToCreate: unsupported,
  pickExportPath: unsupported,
  pickExportFolder: unsupported,
  pickMappingSavePath: unsupported,
};
