import { AsyncLocalStorage } from 'node:async_hooks';

type Hold = { queue: SerialQueue; active: boolean };

// Which queues the current async call chain holds. A hold is marked inactive when its turn ends,
// so work a turn started and left running (a timer, an unawaited promise) does not inherit it.
const holds = new AsyncLocalStorage<readonly Hold[]>();

/**
 * Runs operations one at a time, in the order they were submitted, each to completion (all its
 * awaits included) before the next starts. Re-entrant for the call chain that holds it, so an
 * operation may call another operation of the same queue; several queues are taken in one fixed
 * order (by name) so two callers can never wait on each other.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly name: string) {}

  /** Whether the calling async chain is inside one of this queue's turns right now. */
  isHeld(): boolean {
    return (holds.getStore() ?? []).some((h) => h.queue === this && h.active);
  }

  /** Throws if the caller is not inside a turn of this queue: guards state that only a turn may change. */
  assertHeld(what: string): void {
    if (!this.isHeld()) throw new Error(`${what} must run inside a turn of ${this.name}`);
  }

  run<T>(operation: () => Promise<T> | T): Promise<T> {
    if (this.isHeld()) return Promise.resolve().then(operation);
    const later = (holds.getStore() ?? []).find((h) => h.active && h.queue.name > this.name);
    // Waiting for this queue while holding one that sorts after it could deadlock: refuse loudly.
    if (later)
      return Promise.reject(
        new Error(`${this.name} taken while holding ${later.queue.name}: lock order violated`),
      );
    // Taken synchronously: operations start in exactly the order run() was called.
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    const hold: Hold = { queue: this, active: true };
    return previous
      .then(() => holds.run([...(holds.getStore() ?? []).filter((h) => h.active), hold], operation))
      .finally(() => {
        hold.active = false;
        release();
      });
  }

  /** Holds every queue at once, taken in name order whatever order the caller lists them in. */
  static runAll<T>(queues: readonly SerialQueue[], operation: () => Promise<T> | T): Promise<T> {
    const ordered = [...new Set(queues)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const nest = (i: number): Promise<T> =>
      i === ordered.length ? Promise.resolve().then(operation) : ordered[i]!.run(() => nest(i + 1));
    return nest(0);
  }
}
