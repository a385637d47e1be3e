// Starts the engine for one CLI command and opens (or creates) the case it names.
import { existsSync } from 'node:fs';
import type { PushEmitter } from '../../shared/contract';
import type { CaseInfo } from '../../shared/model/case';
import { createEngineService, type EngineService } from '../engine/engine-service';
import { CliError } from './cli-error';

export interface CliEngine {
  service: EngineService;
  caseInfo: CaseInfo;
  created: boolean;
}

export async function startCliEngine(
  casePath: string,
  options: { memoryLimit: string; emit: PushEmitter; mode: 'desktop' | 'browser' },
): Promise<CliEngine> {
  const service = createEngineService({
    mode: options.mode,
    nativeDialogs: false,
    emit: options.emit,
    limits: { memoryLimit: options.memoryLimit },
  });
  const created = !existsSync(casePath);
  const opened = await service.openCaseFile(casePath, created);
  if (!opened.ok || opened.value === null) {
    service.close();
    throw new CliError(opened.ok ? `${casePath}: could not open the case` : opened.error.message);
  }
  return { service, caseInfo: opened.value, created };
}
