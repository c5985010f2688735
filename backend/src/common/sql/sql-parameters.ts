/** Adds a value to a statement and answers the placeholder that stands for it. */
export type Bind = (value: unknown) => string;

/** A statement's values, bound in order: each `bind` answers the next placeholder ($1, $2, …). */
export class SqlParameters {
  readonly values: unknown[] = [];

  readonly bind: Bind = (value) => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** Binds values as TypeORM's named parameters (`:prefix0`, `:prefix1`, …), collected in `parameters`. */
export function namedBinder(prefix: string, parameters: Record<string, unknown>): Bind {
  let next = 0;
  return (value) => {
    const name = `${prefix}${next}`;
    next += 1;
    parameters[name] = value;
    return `:${name}`;
  };
}
