// The simulation's clock: a min-heap of scheduled actions, run in time order (ties in the order they were scheduled).

interface Entry {
  at: number;
  seq: number;
  run: () => void;
}

export class EventQueue {
  private readonly heap: Entry[] = [];
  private seq = 0;
  private current = 0;

  /** The time of the action running now. */
  get now(): number {
    return this.current;
  }

  schedule(at: number, run: () => void): void {
    const entry = { at, seq: this.seq++, run };
    const heap = this.heap;
    let index = heap.push(entry) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = heap[parent] as Entry;
      if (!before(entry, above)) break;
      heap[index] = above;
      index = parent;
    }
    heap[index] = entry;
  }

  /** Runs every action, awaiting `pause` every so often so writers can drain. */
  async run(pause: () => Promise<void>, pauseEvery = 4096): Promise<void> {
    let sincePause = 0;
    for (let entry = this.pop(); entry !== undefined; entry = this.pop()) {
      this.current = entry.at;
      entry.run();
      sincePause += 1;
      if (sincePause >= pauseEvery) {
        sincePause = 0;
        await pause();
      }
    }
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let index = 0;
    const size = heap.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && before(heap[right] as Entry, heap[left] as Entry) ? right : left;
      const below = heap[child] as Entry;
      if (!before(below, last)) break;
      heap[index] = below;
      index = child;
    }
    heap[index] = last;
    return top;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
