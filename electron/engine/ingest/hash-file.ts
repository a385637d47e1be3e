// SHA-256 of a file read as a stream (opened read-only), reporting bytes as they pass.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function hashFile(path: string, onBytes: (bytes: number) => void, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { flags: 'r', highWaterMark: 1 << 20, signal });
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    onBytes(buffer.length);
  }
  return hash.digest('hex');
}
