/** One page of a list endpoint: `{ items, total, page, pageSize }` (SPEC section 6). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
