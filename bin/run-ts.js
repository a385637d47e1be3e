#!/usr/bin/env node
// Runs a TypeScript entry of the project under plain Node: tsx for TypeScript, a hook for `.sql?raw` imports.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { register as registerTsx } from 'tsx/esm/api';

register('./sql-raw-hooks.js', import.meta.url);
registerTsx();

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(resolve(entry)).href);
