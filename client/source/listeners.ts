/** The listeners to one kind of event, called in the order they subscribed. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  /** Adds a listener; returns the function that removes it. */
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => {
      this.set.delete(listener);
    };
  }

  /** Calls every listener with `value` (over a copy, so a listener may unsubscribe itself). */
  emit(value: T): void {
    for (const l of [...this.set]) l(value);
  }

  /** Removes every listener. */
  clear(): void {
    this.set.clear();
  }
}
