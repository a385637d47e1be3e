// Prints the HTML report to PDF with a locally installed Chromium (headless); the desktop app uses Electron instead.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EngineError } from '../engine-error';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Prints an HTML file to a PDF file: Chromium here, Electron's printToPDF in the desktop app. */
export type PdfPrinter = (htmlPath: string, pdfPath: string) => Promise<void>;
const PRINT_TIMEOUT_MS = 120_000;

/** The Chromium to print with: CHROMIUM_PATH when set, else Debian's; null when neither exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  return existsSync(candidate) ? candidate : null;
}

/** The Chromium printer, or a clear refusal naming where Chromium was looked for. */
export function chromiumPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  const chromium = findChromium(env);
  if (chromium === null) {
    throw new EngineError(
      'unsupported',
      `A PDF needs Chromium, and none was found at ${env.CHROMIUM_PATH || DEFAULT_CHROMIUM} (install it, or set CHROMIUM_PATH)`,
    );
  }
  return (htmlPath, pdfPath) => printPdf(chromium, htmlPath, pdfPath);
}

export async function printPdf(chromium: string, htmlPath: string, pdfPath: string): Promise<void> {
  // A throw-away profile, so printing neither reads nor leaves anything in the user's browser profile.
  // An old PDF at the path must not pass for a new one.
  rmSync(pdfPath, { force: true });
  const profile = mkdtempSync(join(tmpdir(), 'driftscope-chromium-'));
  try {
    await new Promise<void>((done, fail) => {
      execFile(
        chromium,
        [
          '--headless',
          '--disable-gpu',
          '--no-sandbox',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          `--user-data-dir=${profile}`,
          `--print-to-pdf=${resolve(pdfPath)}`,
          '--no-pdf-header-footer',
          pathToFileURL(resolve(htmlPath)).href,
        ],
        { timeout: PRINT_TIMEOUT_MS },
        (error, _stdout, stderr) => {
          if (error === null) return done();
          const reason = error.killed ? `no answer within ${PRINT_TIMEOUT_MS / 1000} s` : (String(stderr).trim().split('\n').pop() ?? error.message);
          fail(new EngineError('internal', `Chromium could not print the PDF: ${reason}`));
        },
      );
    });
    if (!existsSync(pdfPath)) throw new EngineError('internal', `Chromium finished but wrote no PDF at ${pdfPath}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
