// `npm start`: builds and launches the desktop app, or explains plainly why it cannot when Electron's binary is absent.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronExecutable } from './electron-binary.js';

const require = createRequire(import.meta.url);

/**
 * Electron fetches its binary on first use rather than at install time, so a plain `npm install && npm start` on a
 * connected machine gets it here; offline, or with ELECTRON_SKIP_BINARY_DOWNLOAD set, nothing is attempted twice.
 */
function downloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return;
  }
  console.error('Fetching the Electron runtime (first start only)…');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 600_000 });
}

let executable = electronExecutable();
if (executable === null) {
  downloadElectron();
  executable = electronExecutable();
}

if (executable === null) {
  console.error(
    [
      '',
      'Driftscope cannot start as a desktop app here: the Electron runtime is not installed on this machine.',
      'Its binary could not be fetched (no access to Electron\'s downloads, or ELECTRON_SKIP_BINARY_DOWNLOAD is set).',
      '',
      'To use Driftscope now, run the same app in your browser:',
      '    npm run serve',
      '',
      // This electron package has no install script: it fetches its binary on first use, or with install-electron.
      'To get the desktop app, run this once on a machine that can reach Electron\'s downloads:',
      '    npx install-electron --no',
      'An Electron build you already have can be used with ELECTRON_OVERRIDE_DIST_PATH=<its folder> npm start',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

// `electron-vite preview` builds main, preload and renderer, then starts Electron on the result; arguments after
// `npm start --` (e.g. `--case file.driftcase`) are handed on to the app.
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const forwarded = process.argv.slice(2);
const child = spawn(process.execPath, [electronVite, 'preview', ...(forwarded.length > 0 ? ['--', ...forwarded] : [])], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
child.on('close', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
