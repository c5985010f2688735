// Transforms for class-transformer's @Transform: how query strings and JSON bodies become typed values
// before validation. One definition each, so every endpoint reads "true", "a,b" and " text " alike.

type TransformInput = { value: unknown };

/** Strings without surrounding white space; anything else as it came (validation then refuses it). */
export const trimmed = ({ value }: TransformInput): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Trimmed and lower-cased: email addresses compare regardless of case. */
export const lowerTrimmed = ({ value }: TransformInput): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Query-string booleans: "true" and "false"; anything else is left for validation to refuse. */
export const queryBoolean = ({ value }: TransformInput): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** A comma-separated query-string list (`status=a,b`), empty items dropped. */
export const queryList = ({ value }: TransformInput): unknown =>
  typeof value === 'string' ? value.split(',').filter((part) => part !== '') : value;
