// The error banner and the notice line, each shown until dismissed.
import type { ReactElement } from 'react';
import type { ErrorCode } from '../../../../shared/result';
import { useAppStore } from '../../app/store-context';
import { Banner } from '../../components/Banner';

const ERROR_TITLES: Record<ErrorCode, string> = {
  bad_request: 'Cannot do that',
  not_found: 'Not found',
  no_case: 'No case open',
  case_locked: 'Case in use',
  import_failed: 'Import failed',
  query_failed: 'Query failed',
  unsupported: 'Not supported',
  forbidden: 'Not allowed',
  cancelled: 'Cancelled',
  internal: 'Something went wrong',
};

export function Banners(): ReactElement {
  const error = useAppStore((state) => state.error);
  const notice = useAppStore((state) => state.notice);
  const dismissError = useAppStore((state) => state.dismissError);
  const dismissNotice = useAppStore((state) => state.dismissNotice);

  return (
    <div className="banners">
      {error !== null && (
        <Banner tone="error" testId="error-banner" title={ERROR_TITLES[error.code]} onDismiss={dismissError}>
          {error.message}
        </Banner>
      )}
      {notice !== null && (
        <Banner tone="info" testId="notice-banner" onDismiss={dismissNotice}>
          {notice}
        </Banner>
      )}
    </div>
  );
}
