// Caches belong to the opened store (and so to every context and transaction made from it), not
// to module globals: two stores in one process (tests, a migration tool) never share entries, and
// a context or transaction made by spreading the store still finds the same caches.
export class Caches {
  readonly #entries = new Map<string, unknown>();

  /** The cache named `name`, made by `make` on first use. */
  get<T>(name: string, make: () => T): T {
    let value = this.#entries.get(name) as T | undefined;
    if (value === undefined) {
      value = make();
      this.#entries.set(name, value);
    }
    return value;
  }
}
