// `driftscope serve`: the app in a browser, over the loopback host, until Ctrl+C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createEventStream } from '../host/event-stream';
import { startHost } from '../host/loopback-host';
import { browserShell } from '../host/browser-shell';
import { createEngineService } from '../engine/engine-service';
import { rendererDir } from '../engine/app-paths';
import { defaultConfigDir } from '../engine/case/config-dir';
import { CliError } from './cli-error';

export interface ServeCommandOptions {
  case?: string;
  port: number;
  memoryLimit: string;
}

export async function runServeCommand(options: ServeCommandOptions): Promise<void> {
  const renderer = rendererDir();
  if (!existsSync(join(renderer, 'index.html'))) {
    throw new CliError(`The app is not built yet (${renderer} is missing): run \`npm run build\`, or use \`npm run serve\``);
  }
  const events = createEventStream();
  const service = createEngineService({
    mode: 'browser',
    nativeDialogs: false,
    emit: events.emit,
    limits: { memoryLimit: options.memoryLimit },
    configDir: defaultConfigDir(),
  });
  if (options.case !== undefined) {
    const opened = await service.openCaseFile(options.case, !existsSync(options.case));
    if (!opened.ok) throw new CliError(opened.error.message);
  }
  const host = await startHost({ engine: service.handlers, shell: browserShell, events, rendererDir: renderer, port: options.port });
  process.stdout.write(
    [
      'Driftscope is running in browser mode, on this machine only.',
      `Open this URL in a browser (it carries this run's access token):`,
      '',
      `  ${host.url}`,
      '',
      options.case === undefined
        ? `No case open yet: create or open one in the app (e.g. ${join(tmpdir(), 'client-x.driftcase')}).`
        : `Case: ${options.case}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  service.close();
}
