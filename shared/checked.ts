// Indexing that the type checker can trust (noUncheckedIndexedAccess): the engine's arrays have the
// shapes its own code gives them, so an index out of range is a bug, and it fails loudly here rather
// than flowing on as NaN.

/** `items[i]`, or a RangeError if there is no such item. */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`index ${i} is outside a list of ${items.length}`);
  return item;
}
