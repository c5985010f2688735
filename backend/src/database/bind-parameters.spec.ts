import { bindParameters } from './bind-parameters';

describe('bindParameters', () => {
  it('replaces every occurrence of each parameter, multi-digit ones whole', () => {
    expect(
      bindParameters('a = $1 AND b = ANY ($2::text[]) AND c = $1 AND d = $10', [
        '$4',
        '(SELECT codes FROM r)',
        '$3',
        '$3',
        '$3',
        '$3',
        '$3',
        '$3',
        '$3',
        '$12',
      ]),
    ).toBe('a = $4 AND b = ANY ((SELECT codes FROM r)::text[]) AND c = $4 AND d = $12');
  });

  it('refuses a parameter without an argument', () => {
    expect(() => bindParameters('a = $1 AND b = $3', ['$1', '$2'])).toThrow('Parameter $3 has no argument');
  });
});
