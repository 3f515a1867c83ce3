// Runs the async functions handed to it one after another, in the order given (a mutex for work
// that may not overlap, such as two sitemap polls each holding a quarter of a million URLs).
export class OneAtATime {
  #last: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#last.then(fn, fn);
    this.#last = result.catch(() => {});
    return result;
  }
}
