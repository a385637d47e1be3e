// The layering rules hold across the source tree, and the checker really catches each kind of breach.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkProject } from '../../support/import-rules';

describe('import rules', () => {
  it('catches engine code importing electron', () => {
    expect(checkFile('electron/engine/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(checkFile('electron/engine/x.ts', "const { app } = require('electron');")).toHaveLength(1);
    expect(checkFile('electron/engine/x.ts', "import { startHost } from '../host/loopback-host';")).toHaveLength(1);
  });

  it('catches renderer code importing electron/, electron or node:*', () => {
    expect(checkFile('renderer/src/a/b.ts', "import { x } from '../../../electron/engine/engine-service';")).toHaveLength(1);
    expect(checkFile('renderer/src/a.tsx', "import { readFile } from 'node:fs';")).toHaveLength(1);
    expect(checkFile('renderer/src/a.tsx', "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(checkFile('renderer/src/a.tsx', "const m = await import('electron');")).toHaveLength(1);
  });

  it('catches shared code importing anything outside shared/', () => {
    expect(checkFile('shared/model/x.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(checkFile('shared/model/x.ts', "import type { Y } from '../../renderer/src/y';")).toHaveLength(1);
  });

  it('allows the imports the architecture permits', () => {
    expect(checkFile('renderer/src/api/client.ts', "import { API_CALLS } from '../../../shared/contract';")).toEqual([]);
    expect(checkFile('electron/engine/a.ts', "import sql from './sql/x.sql?raw';\nimport { DuckDBInstance } from '@duckdb/node-api';")).toEqual([]);
    expect(checkFile('shared/model/x.ts', "import type { R } from '../result';")).toEqual([]);
    expect(checkFile('electron/main/index.ts', "import { app } from 'electron';")).toEqual([]);
  });

  it('finds no breach in the project', () => {
    expect(checkProject(join(import.meta.dirname, '..', '..', '..'))).toEqual([]);
  });
});
