/**
 * The deliveries a worker waits for, as a binary min-heap of (instant, id):
 * the earliest is found in O(1) and taken in O(log n), and each entry is two
 * fields, so 100,000 scheduled deliveries cost a few megabytes. An id that is
 * pushed again replaces its earlier entry (the old one is skipped when it
 * surfaces).
 */
export class DueQueue {
  #at: number[] = [];
  #ids: string[] = [];
  readonly #current = new Map<string, number>();

  /** Number of deliveries waiting. */
  get size(): number {
    return this.#current.size;
  }

  /** Adds or moves `id` to `at` (epoch ms). */
  push(id: string, at: number): void {
    // NaN would break the heap's order for every entry; an instant that is not finite is due at once.
    if (!Number.isFinite(at)) at = 0;
    // Pushed again for the same instant (a reload, a resume): nothing to add.
    if (this.#current.get(id) === at) return;
    this.#current.set(id, at);
    // Replaced entries stay in the heap until they surface; rebuild it before they outnumber the live ones.
    if (this.#at.length > 2 * this.#current.size + 1024) {
      this.#rebuild();
      return;
    }
    this.#at.push(at);
    this.#ids.push(id);
    this.#up(this.#at.length - 1);
  }

  /** Forgets `id`. */
  delete(id: string): void {
    this.#current.delete(id);
  }

  /** The earliest instant waited for, or undefined. */
  peek(): number | undefined {
    this.#dropStale();
    return this.#at[0];
  }

  /** Takes every id due at or before `now`, earliest first. */
  takeDue(now: number): string[] {
    const due: string[] = [];
    for (;;) {
      this.#dropStale();
      if (this.#at.length === 0 || this.#at[0]! > now) return due;
      const id = this.#ids[0]!;
      this.#pop();
      this.#current.delete(id);
      due.push(id);
    }
  }

  #dropStale(): void {
    while (this.#at.length > 0 && this.#current.get(this.#ids[0]!) !== this.#at[0]) this.#pop();
  }

  /** The heap made anew from the live entries only (bottom-up heapify, O(n)). */
  #rebuild(): void {
    this.#at = [...this.#current.values()];
    this.#ids = [...this.#current.keys()];
    for (let i = (this.#at.length >> 1) - 1; i >= 0; i--) this.#down(i);
  }

  #pop(): void {
    const lastAt = this.#at.pop()!;
    const lastId = this.#ids.pop()!;
    if (this.#at.length === 0) return;
    this.#at[0] = lastAt;
    this.#ids[0] = lastId;
    this.#down(0);
  }

  #up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#at[parent]! <= this.#at[i]!) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.#at.length && this.#at[left]! < this.#at[smallest]!) smallest = left;
      if (right < this.#at.length && this.#at[right]! < this.#at[smallest]!) smallest = right;
      if (smallest === i) return;
      this.#swap(i, smallest);
      i = smallest;
    }
  }

  #swap(a: number, b: number): void {
    [this.#at[a], this.#at[b]] = [this.#at[b]!, this.#at[a]!];
    [this.#ids[a], this.#ids[b]] = [this.#ids[b]!, this.#ids[a]!];
  }
}
