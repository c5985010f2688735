/** Escapes LIKE/ILIKE wildcards (%, _ and the escape character) so user input matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}
