// Watching a Dexie live query from a test, the way a screen's hook does (useLiveQuery runs the
// same observable): every value it emits is kept, and a test waits for the one it expects.
import { liveQuery } from 'dexie';

export type Watched<T> = {
  /** Resolves with the latest emitted value once `accept` takes it; rejects naming `what` after 20 s or on a query error. */
  until(what: string, accept: (value: T) => boolean): Promise<T>;
  stop(): void;
};

/** Subscribes to `query` as a live query until `stop()`. */
export function watch<T>(query: () => Promise<T>): Watched<T> {
  const values: T[] = [];
  let failure: unknown = null;
  const subscription = liveQuery(query).subscribe({ next: (value) => values.push(value), error: (error) => (failure = error) });
  return {
    async until(what, accept) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        if (failure) throw failure;
        const latest = values.at(-1);
        if (values.length > 0 && accept(latest as T)) return latest as T;
        if (Date.now() > deadline) throw new Error(`live query never showed ${what}; last value: ${JSON.stringify(values.at(-1))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: () => subscription.unsubscribe(),
  };
}
