// The shape a file's first bytes show: JSON lines against a JSON document printed over several lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../../../electron/engine/ingest/sniff-file';
import { tempFolder } from '../../../../support/temp-folder';

describe('sniffFile', () => {
  const folder = tempFolder();
  const shapeOf = async (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return (await sniffFile(path)).shape;
  };

  it('reads JSON lines as JSON lines, even when the first line is broken', async () => {
    expect(await shapeOf('lines.jsonl', '{"sku": "A", "qty": 1}\n{"sku": "B", "qty": 2}\n')).toBe('ndjson');
    expect(await shapeOf('broken-first.jsonl', '{"sku": "A", "qt\n{"sku": "B", "qty": 2}\n{"sku": "C", "qty": 3}\n')).toBe('ndjson');
  });

  it('reads an object printed over lines as one document, whether or not its first line is a lone brace', async () => {
    expect(await shapeOf('lone-brace.json', '{\n  "inventory": [\n    {"sku": "A"}\n  ]\n}\n')).toBe('json-array');
    expect(await shapeOf('keys-on-first-line.json', '{"account_id": "x", "inventory": [\n {"sku": "A", "on_hand": 1},\n {"sku": "B"}\n]}\n')).toBe('json-array');
  });
});
