// A file written in big buffered chunks, optionally through gzip, with back-pressure the simulation can wait on.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';

const CHUNK_CHARS = 1 << 21;
/** How much may wait in a stream before the simulation pauses for it: enough to keep gzip busy meanwhile. */
const MAX_BUFFERED_BYTES = 1 << 24;

export class OutputFile {
  private parts: string[] = [];
  private size = 0;
  private readonly out: Writable;
  private readonly done: Promise<void>;

  constructor(path: string, gzip: boolean) {
    const file = createWriteStream(path, { highWaterMark: 1 << 22 });
    if (gzip) {
      const zip = createGzip({ level: 1, chunkSize: 1 << 18 });
      this.out = zip;
      this.done = pipeline(zip, file);
    } else {
      this.out = file;
      this.done = once(file, 'finish').then(() => undefined);
    }
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Resolves once the stream has room again (at once when it has). */
  async drain(): Promise<void> {
    if (this.out.writableNeedDrain && this.out.writableLength > MAX_BUFFERED_BYTES) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.flush();
    this.out.end();
    await this.done;
  }

  private flush(): void {
    if (this.size === 0) return;
    this.out.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
