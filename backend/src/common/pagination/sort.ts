export type SortDirection = 'ASC' | 'DESC';

export interface SortOrder<TField extends string> {
  readonly field: TField;
  readonly direction: SortDirection;
}

/** Every accepted value of a `sort` parameter: each field ascending, and descending with a leading minus. */
export function sortValues<TField extends string>(fields: readonly TField[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}

/** Reads an already-validated `sort` value (`name`, `-name`). */
export function parseSort<TField extends string>(value: string): SortOrder<TField> {
  return value.startsWith('-')
    ? { field: value.slice(1) as TField, direction: 'DESC' }
    : { field: value as TField, direction: 'ASC' };
}
