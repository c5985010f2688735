/**
 * A statement's text with each of its parameters `$n` replaced by `args[n - 1]`: a parameter of an enclosing
 * statement (`'$4'`) or an SQL expression (`'(SELECT codes FROM agent_regions)'`). For composing statements, each
 * written with its own parameters, into one statement with one parameter list. The texts composed are the
 * application's own, which have no `$` outside parameters (no dollar quoting, no `$` in literals).
 */
export function bindParameters(text: string, args: readonly string[]): string {
  return text.replace(/\$(\d+)/g, (_match, position: string) => {
    const arg = args[Number(position) - 1];
    if (arg === undefined) {
      throw new Error(`Parameter $${position} has no argument (${args.length} given)`);
    }
    return arg;
  });
}
