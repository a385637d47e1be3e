// Binds every contract call to IPC: engine calls to the engine's handlers, shell calls to the dialogs, all behind a sender check.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ENGINE_CALLS, SHELL_CALLS, ipcChannel, type CallName, type ShellHandlers } from '../../shared/contract';
import { err, type Result } from '../../shared/result';
import type { EngineService } from '../engine/engine-service';

/** Any contract handler; `never` because the request arriving over IPC is unchecked input, validated by the handler. */
type Handler = (request: never) => Promise<Result<unknown>>;

export function bindIpc(
  service: EngineService,
  shell: ShellHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of ENGINE_CALLS) bindCall(name, service.handlers[name], isTrustedSender);
  for (const name of SHELL_CALLS) bindCall(name, shell[name], isTrustedSender);
}

/** Every outcome is a Result: a refused sender or an unexpected exception must reach the page as data, never as a throw. */
function bindCall(name: CallName, handler: Handler, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(ipcChannel(name), async (event, request: unknown): Promise<Result<unknown>> => {
    try {
      if (!isTrustedSender(event)) return err('forbidden', `${name}: only the Driftscope window may call the engine`);
      return await handler(request as never);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`Driftscope: ${name} failed unexpectedly`, error);
      return err('internal', `${name}: ${message}`);
    }
  });
}
