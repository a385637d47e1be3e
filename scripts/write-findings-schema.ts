// Writes docs/findings.schema.json from the zod schema the engine validates findings with.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsJsonSchema } from '../electron/engine/analysis/findings-schema';

const target = join(import.meta.dirname, '..', 'docs', 'findings.schema.json');
writeFileSync(target, `${JSON.stringify(findingsJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
