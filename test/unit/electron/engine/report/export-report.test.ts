import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngineService } from '../../../../../electron/engine/engine-service';
import type { PdfPrinter } from '../../../../../electron/engine/report/print-pdf';
import { engineWithCase, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';
import { copySample, SAMPLE_ZONES } from '../../../../support/sample-copy';

describe('exporting the report of an open case', () => {
  const folder = tempFolder();
  const printed: { html: string; pdf: string }[] = [];
  /** Stands in for Chromium or Electron: writes a file the way a printer would, and remembers what it printed. */
  const printer: PdfPrinter = async (htmlPath, pdfPath) => {
    printed.push({ html: readFileSync(htmlPath, 'utf8'), pdf: pdfPath });
    writeFileSync(pdfPath, '%PDF-1.7 stand-in');
  };
  let harness: EngineHarness;
  let inputs: string;

  beforeAll(async () => {
    inputs = copySample(folder);
    harness = await engineWithCase(folder, 'export.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [inputs], mappingPath: null, timeZones: SAMPLE_ZONES }));
  });

  it('says the case must be analysed first, and writes nothing', async () => {
    const result = await harness.service.handlers.exportReport({ htmlPath: join(folder, 'early.html'), pdfPath: null, csvDir: null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/not been analysed/);
    expect(existsSync(join(folder, 'early.html'))).toBe(false);
  });

  it('previews the report the export writes, and writes HTML, CSV and a PDF printed from the same HTML', async () => {
    unwrap(await harness.service.handlers.analyzeCase({}));
    const withPrinter = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, printPdf: printer, limits: { memoryLimit: '512MB', threads: 2 } });
    try {
      harness.service.close();
      unwrap(await withPrinter.handlers.openCase({ path: harness.casePath }));
      const preview = unwrap(await withPrinter.handlers.previewReport({ top: 3 }));
      expect(preview.skuPages).toBe(3);
      expect(preview.html).toContain('Executive summary');

      const out = join(folder, 'out');
      mkdirSync(out);
      const request = { htmlPath: join(out, 'r.html'), pdfPath: join(out, 'r.pdf'), csvDir: join(out, 'csv'), top: 3 };
      const { written } = unwrap(await withPrinter.handlers.exportReport(request));

      expect(written).toEqual([request.htmlPath, request.pdfPath, join(out, 'csv', 'verdicts.csv'), join(out, 'csv', 'evidence.csv'), join(out, 'csv', 'findings.json')]);
      const html = readFileSync(request.htmlPath, 'utf8');
      expect(html.replace(/generated [^<]*/i, '')).toBe(preview.html.replace(/generated [^<]*/i, ''));
      expect(printed).toEqual([{ html, pdf: request.pdfPath }]);
      expect(readFileSync(join(out, 'csv', 'verdicts.csv'), 'utf8').split('\r\n')[0]).toMatch(/^sku,location,cluster,confidence,units/);
    } finally {
      withPrinter.close();
    }
  });

  it('refuses outputs inside the folder the case was imported from, before writing any of them', async () => {
    const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, printPdf: printer, limits: { memoryLimit: '512MB', threads: 2 } });
    try {
      unwrap(await service.handlers.openCase({ path: harness.casePath }));
      const safe = join(folder, 'safe.html');
      const result = await service.handlers.exportReport({ htmlPath: safe, pdfPath: null, csvDir: join(inputs, 'exports') });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toContain(`inside ${inputs}`);
      expect(existsSync(safe)).toBe(false);
      expect(existsSync(join(inputs, 'exports'))).toBe(false);
    } finally {
      service.close();
    }
  });

  it('names where Chromium was looked for when a PDF is asked for and none is installed, before writing anything', async () => {
    const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(folder, 'no-chromium-here');
    try {
      unwrap(await service.handlers.openCase({ path: harness.casePath }));
      const html = join(folder, 'before-pdf.html');
      const result = await service.handlers.exportReport({ htmlPath: html, pdfPath: join(folder, 'r.pdf'), csvDir: null });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toContain(`none was found at ${process.env.CHROMIUM_PATH}`);
      expect(existsSync(html)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
      service.close();
    }
  });

  it('refuses a relative output path, and a request without any output', async () => {
    const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    try {
      unwrap(await service.handlers.openCase({ path: harness.casePath }));
      const relative = await service.handlers.exportReport({ htmlPath: 'report.html', pdfPath: null, csvDir: null });
      expect(!relative.ok && relative.error.message).toMatch(/absolute path.*htmlPath/);
      const nothing = await service.handlers.exportReport({ htmlPath: null, pdfPath: null, csvDir: null });
      expect(!nothing.ok && nothing.error.message).toMatch(/Say what to write/);
    } finally {
      service.close();
    }
  });
});
