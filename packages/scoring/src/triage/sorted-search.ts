/** The index of the last value of the ascending `values` (the first `count` of them) that is at most `limit`, or -1 if none is (binary search). */
export function lastAtOrBefore(values: readonly number[], limit: number, count = values.length): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= limit) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
