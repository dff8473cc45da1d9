/**
 * Previous/next over a cursor-paginated list: the stack holds the `after` cursor of every page seen
 * so far (null = the first page), so "previous" needs no backward cursor from the API.
 */
export function cursorPager(stack: ReadonlyArray<string | null>, nextCursor: string | null) {
  return {
    hasPrevious: stack.length > 1,
    hasNext: nextCursor !== null,
    previous: (): Array<string | null> => (stack.length > 1 ? stack.slice(0, -1) : [...stack]),
    next: (): Array<string | null> => (nextCursor !== null ? [...stack, nextCursor] : [...stack]),
  };
}
