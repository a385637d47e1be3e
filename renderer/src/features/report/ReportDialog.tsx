// The Export report dialog: the report as it will be written, beside the outputs to write (HTML, PDF, CSV folder).
import type { ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import type { ReportDialogState, ReportDraft } from '../../store/types';

type Output = { want: 'wantHtml' | 'wantPdf' | 'wantCsv'; path: 'htmlPath' | 'pdfPath' | 'csvDir'; label: string; hint: string };

const OUTPUTS: Output[] = [
  { want: 'wantHtml', path: 'htmlPath', label: 'HTML report', hint: 'one self-contained file that opens offline' },
  { want: 'wantPdf', path: 'pdfPath', label: 'PDF', hint: 'the same report, printed' },
  { want: 'wantCsv', path: 'csvDir', label: 'Data exports', hint: 'verdicts.csv, evidence.csv and findings.json in this folder' },
];

export function ReportDialog({ dialog }: { dialog: ReportDialogState }): ReactElement {
  const nativeDialogs = useAppStore((state) => state.appInfo?.nativeDialogs === true);
  const setDraft = useAppStore((state) => state.setReportDraft);
  const browse = useAppStore((state) => state.browseReportOutput);
  const exportReport = useAppStore((state) => state.exportReport);
  const close = useAppStore((state) => state.closeReportDialog);
  const { draft, preview } = dialog;

  return (
    <Modal
      title="Export report"
      onClose={close}
      testId="report-dialog"
      wide
      footer={
        <>
          <span className="report-dialog-note">
            {preview !== null && `${preview.skuPages} SKU ${preview.skuPages === 1 ? 'page' : 'pages'} · nothing is written into the client's folders`}
          </span>
          <span className="status-spacer" />
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="primary"
            icon="download"
            data-testid="report-export"
            disabled={dialog.exporting || preview === null}
            onClick={() => void exportReport()}
          >
            {dialog.exporting ? 'Exporting…' : 'Export'}
          </Button>
        </>
      }
    >
      <div className="report-dialog">
        <div className="report-preview" data-testid="report-preview" data-loading={dialog.loading}>
          {preview !== null ? (
            // No scripts, no same origin: the report is data, shown as a document and nothing more.
            <iframe title="Report preview" sandbox="" srcDoc={preview.html} data-testid="report-preview-frame" />
          ) : (
            <p className="report-preview-empty">{dialog.loading ? 'Rendering the report…' : 'No preview'}</p>
          )}
        </div>
        <form className="report-outputs" onSubmit={(event) => event.preventDefault()}>
          {OUTPUTS.map((output) => (
            <OutputField key={output.path} output={output} draft={draft} nativeDialogs={nativeDialogs} setDraft={setDraft} browse={browse} />
          ))}
          {dialog.problem !== null && (
            <p className="report-problem" role="alert" data-testid="report-problem">
              {dialog.problem}
            </p>
          )}
        </form>
      </div>
    </Modal>
  );
}

interface OutputFieldProps {
  output: Output;
  draft: ReportDraft;
  nativeDialogs: boolean;
  setDraft: (patch: Partial<ReportDraft>) => void;
  browse: (output: Output['path']) => Promise<void>;
}

function OutputField({ output, draft, nativeDialogs, setDraft, browse }: OutputFieldProps): ReactElement {
  const id = `report-${output.path}`;
  return (
    <fieldset className="report-output">
      <label className="report-output-toggle">
        <input
          type="checkbox"
          checked={draft[output.want]}
          data-testid={`${id}-want`}
          onChange={(event) => setDraft({ [output.want]: event.target.checked })}
        />
        <span className="report-output-label">{output.label}</span>
        <span className="report-output-hint">{output.hint}</span>
      </label>
      <div className="report-output-path">
        <input
          id={id}
          type="text"
          className="text-input"
          aria-label={`${output.label} path`}
          value={draft[output.path]}
          disabled={!draft[output.want]}
          data-testid={id}
          spellCheck={false}
          onChange={(event) => setDraft({ [output.path]: event.target.value })}
        />
        {nativeDialogs && (
          <Button disabled={!draft[output.want]} onClick={() => void browse(output.path)}>
            Choose…
          </Button>
        )}
      </div>
    </fieldset>
  );
}
