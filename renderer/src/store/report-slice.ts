// The report dialog: a preview of the findings report, the files to write (HTML, PDF, CSV folder) and the export.
import type { ReportExportRequest } from '../../../shared/model/report';
import { baseName, folderOf, joinPath } from './paths';
import type { SliceFactory } from './slice';
import type { ReportDialogState, ReportDraft, ReportSlice } from './types';

/** Files beside the case file, named after it: the consultant's own folder, never a client's. */
export function defaultReportDraft(casePath: string): ReportDraft {
  const folder = folderOf(casePath);
  const name = baseName(casePath).replace(/\.driftcase$/i, '');
  const at = (file: string) => (folder === '' ? file : joinPath(folder, file));
  return {
    wantHtml: true,
    htmlPath: at(`${name}-report.html`),
    wantPdf: false,
    pdfPath: at(`${name}-report.pdf`),
    wantCsv: false,
    csvDir: at(`${name}-exports`),
  };
}

/** The export request a draft asks for, or why it cannot be sent. */
export function reportRequestOf(draft: ReportDraft): ReportExportRequest | string {
  const path = (wanted: boolean, value: string) => (wanted && value.trim() !== '' ? value.trim() : null);
  const request = { htmlPath: path(draft.wantHtml, draft.htmlPath), pdfPath: path(draft.wantPdf, draft.pdfPath), csvDir: path(draft.wantCsv, draft.csvDir) };
  if (request.htmlPath === null && request.pdfPath === null && request.csvDir === null) return 'Tick at least one output and give it a path';
  return request;
}

export const createReportSlice: SliceFactory<ReportSlice> =
  ({ api }) =>
  (set, get) => {
    const patchDialog = (patch: Partial<ReportDialogState>) => {
      const dialog = get().reportDialog;
      if (dialog !== null) set({ reportDialog: { ...dialog, ...patch } });
    };

    return {
      reportDialog: null,
      openReportDialog: async () => {
        const casePath = get().caseInfo?.path;
        if (casePath === undefined) return;
        set({ reportDialog: { preview: null, loading: true, exporting: false, problem: null, draft: defaultReportDraft(casePath) } });
        const result = await api.previewReport({});
        if (get().reportDialog === null) return;
        patchDialog(result.ok ? { preview: result.value, loading: false } : { loading: false, problem: result.error.message });
      },
      setReportDraft: (patch) => {
        const dialog = get().reportDialog;
        if (dialog !== null) patchDialog({ draft: { ...dialog.draft, ...patch }, problem: null });
      },
      browseReportOutput: async (output) => {
        const dialog = get().reportDialog;
        if (dialog === null) return;
        const picked =
          output === 'csvDir' ? await api.pickExportFolder({}) : await api.pickExportPath({ suggestedName: baseName(dialog.draft[output]) });
        if (!picked.ok) {
          if (picked.error.code !== 'cancelled') patchDialog({ problem: picked.error.message });
          return;
        }
        const [path] = picked.value.paths;
        if (path === undefined) return;
        const want = { htmlPath: 'wantHtml', pdfPath: 'wantPdf', csvDir: 'wantCsv' } as const;
        get().setReportDraft({ [output]: path, [want[output]]: true });
      },
      exportReport: async () => {
        const dialog = get().reportDialog;
        if (dialog === null || dialog.exporting) return false;
        const request = reportRequestOf(dialog.draft);
        if (typeof request === 'string') {
          patchDialog({ problem: request });
          return false;
        }
        patchDialog({ exporting: true, problem: null });
        const result = await api.exportReport(request);
        if (!result.ok) {
          patchDialog({ exporting: false, problem: result.error.message });
          return false;
        }
        set({ reportDialog: null });
        const count = result.value.written.length;
        get().showNotice(`Report exported: ${count} ${count === 1 ? 'file' : 'files'} written (${result.value.written.join(', ')})`);
        return true;
      },
      closeReportDialog: () => set({ reportDialog: null }),
    };
  };
