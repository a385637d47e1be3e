import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { defaultReportDraft, reportRequestOf } from '../../../../renderer/src/store/report-slice';
import { CASE_INFO, err, fakeApi, ok } from '../fake-api';

const PREVIEW = { html: '<html><body>Executive summary</body></html>', skuPages: 2 };

describe('report slice', () => {
  it('suggests outputs beside the case file, named after it', () => {
    expect(defaultReportDraft('/work/acme/acme.driftcase')).toEqual({
      wantHtml: true,
      htmlPath: '/work/acme/acme-report.html',
      wantPdf: false,
      pdfPath: '/work/acme/acme-report.pdf',
      wantCsv: false,
      csvDir: '/work/acme/acme-exports',
    });
    expect(defaultReportDraft('C:\\cases\\acme.driftcase').htmlPath).toBe('C:\\cases\\acme-report.html');
  });

  it('asks only for the outputs ticked, and refuses a draft that asks for none', () => {
    const draft = { ...defaultReportDraft('/c/a.driftcase'), wantPdf: true, pdfPath: '  /c/a.pdf ', wantHtml: false };
    expect(reportRequestOf(draft)).toEqual({ htmlPath: null, pdfPath: '/c/a.pdf', csvDir: null });
    expect(reportRequestOf({ ...draft, wantPdf: false })).toMatch(/Tick at least one output/);
    expect(reportRequestOf({ ...draft, pdfPath: ' ' })).toMatch(/Tick at least one output/);
  });

  it('opens with a preview, exports what the draft asks for, closes and says what was written', async () => {
    const fake = fakeApi({
      previewReport: async () => ok(PREVIEW),
      exportReport: async (request) => ok({ written: [request.htmlPath ?? '', `${request.csvDir ?? ''}/verdicts.csv`] }),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: { ...CASE_INFO, path: '/cases/acme.driftcase' } });

    await store.getState().openReportDialog();
    expect(store.getState().reportDialog?.preview).toEqual(PREVIEW);
    store.getState().setReportDraft({ wantCsv: true });
    expect(await store.getState().exportReport()).toBe(true);

    expect(fake.calls.at(-1)).toEqual({
      name: 'exportReport',
      request: { htmlPath: '/cases/acme-report.html', pdfPath: null, csvDir: '/cases/acme-exports' },
    });
    expect(store.getState().reportDialog).toBeNull();
    expect(store.getState().notice).toBe('Report exported: 2 files written (/cases/acme-report.html, /cases/acme-exports/verdicts.csv)');
  });

  it('keeps the dialog open with the engine’s reason when the preview or the export fails', async () => {
    const store = createAppStore(
      fakeApi({
        previewReport: async () => err('bad_request', 'The case has not been analysed yet'),
        exportReport: async () => err('bad_request', 'would be written inside /clients/acme'),
      }).api,
    );
    store.setState({ caseInfo: CASE_INFO });

    await store.getState().openReportDialog();
    expect(store.getState().reportDialog).toMatchObject({ loading: false, preview: null, problem: 'The case has not been analysed yet' });

    expect(await store.getState().exportReport()).toBe(false);
    expect(store.getState().reportDialog?.problem).toBe('would be written inside /clients/acme');
    expect(store.getState().reportDialog?.exporting).toBe(false);
  });

  it('fills an output from the desktop dialog and ticks it; a cancelled dialog changes nothing', async () => {
    let answer: string[] = ['/reports/acme.pdf'];
    const store = createAppStore(
      fakeApi({ previewReport: async () => ok(PREVIEW), pickExportPath: async () => ok({ paths: answer }) }).api,
    );
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().openReportDialog();

    await store.getState().browseReportOutput('pdfPath');
    expect(store.getState().reportDialog?.draft).toMatchObject({ wantPdf: true, pdfPath: '/reports/acme.pdf' });

    answer = [];
    await store.getState().browseReportOutput('pdfPath');
    expect(store.getState().reportDialog?.draft.pdfPath).toBe('/reports/acme.pdf');
  });
});
