#!/usr/bin/env node
// The `driftscope` command: runs the CLI's TypeScript entry under plain Node (see run-ts.js).
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

register('./sql-raw-hooks.js', import.meta.url);
registerTsx();
await import('../electron/cli/main.ts');
