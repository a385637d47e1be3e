// Prints a report to PDF with Electron's own Chromium: a hidden window, scripts off, in a private session that loads only that file.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../engine/report/print-pdf';

/** In memory only (no `persist:` prefix): printing leaves nothing behind in the app's profile. */
const PRINT_PARTITION = 'driftscope-report-print';

export const printWithElectron: PdfPrinter = async (htmlPath, pdfPath) => {
  const fileUrl = pathToFileURL(htmlPath).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  // The report is self-contained; anything but the file itself and its inline data would be a leak, so it is refused.
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: details.url !== fileUrl && !details.url.startsWith('data:') }),
  );
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true },
  });
  try {
    await window.loadURL(fileUrl);
    const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true });
    writeFileSync(pdfPath, pdf);
  } finally {
    window.destroy();
  }
};
