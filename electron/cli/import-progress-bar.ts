// Draws import progress (files, bytes, rows) as a terminal progress bar on stderr, silent when not a terminal.
import { SingleBar, Presets } from 'cli-progress';
import type { ImportProgress } from '../../shared/model/import';
import { formatBytes } from './format';

export interface ImportProgressBar {
  update(progress: ImportProgress): void;
  stop(): void;
}

export function createImportProgressBar(stream: NodeJS.WriteStream = process.stderr): ImportProgressBar {
  const bar = new SingleBar(
    {
      stream,
      format: ' {bar} {percentage}% | files {filesDone}/{filesTotal} | {bytesDone}/{bytesTotal} | {rows} rows | {phase} {file} {filePercent}',
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (progress) => {
      const payload = {
        filesDone: progress.filesDone,
        filesTotal: progress.filesTotal,
        bytesDone: formatBytes(progress.bytesDone),
        bytesTotal: formatBytes(progress.bytesTotal),
        rows: progress.rowsLoaded.toLocaleString('en-US'),
        phase: progress.phase,
        file: progress.currentFile === null ? '' : shortName(progress.currentFile),
        filePercent: progress.fileFraction === null ? '' : `${Math.round(progress.fileFraction * 100)}%`,
      };
      // While a file loads, the bar follows DuckDB through it; before that, the bytes hashed.
      const loading = progress.phase === 'loading' && progress.fileFraction !== null;
      const total = loading ? Math.max(progress.filesTotal, 1) * 100 : Math.max(progress.bytesTotal, 1);
      const value = loading ? Math.round((progress.filesDone + (progress.fileFraction ?? 0)) * 100) : progress.bytesDone;
      if (!started) {
        bar.start(total, value, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(value, payload);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function shortName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.length > 40 ? `…${name.slice(-39)}` : name;
}
