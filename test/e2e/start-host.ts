// Starts `driftscope serve` once for the end-to-end run and hands its URL (with token) to the tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function startHost(): Promise<() => Promise<void>> {
  const workDir = mkdtempSync(join(tmpdir(), 'driftscope-e2e-'));
  const root = join(import.meta.dirname, '..', '..');
  // The recent-cases list goes to the run's temp folder: tests never touch the user's own settings.
  const configDir = join(workDir, 'config');
  const server = spawn(process.execPath, [join(root, 'bin', 'driftscope.js'), 'serve', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DRIFTSCOPE_CONFIG_DIR: configDir },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`driftscope serve printed no URL:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => reject(new Error(`driftscope serve exited with ${code}:\n${output}`)));
  });
  // A host that dies mid-run fails every later test with a refused connection; say why it died, once, where CI shows it.
  let stopping = false;
  server.on('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`\ndriftscope serve died (exit ${code}, signal ${signal}); its output:\n${output.slice(-20_000)}\n`);
  });
  process.env.DRIFTSCOPE_URL = url;
  process.env.DRIFTSCOPE_E2E_DIR = workDir;
  process.env.DRIFTSCOPE_CONFIG_DIR = configDir;
  return async () => {
    stopping = true;
    server.kill('SIGTERM');
    rmSync(workDir, { recursive: true, force: true });
  };
}
