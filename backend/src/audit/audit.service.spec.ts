import { diffFields } from './audit.service';

describe('diffFields', () => {
  it.each([
    [
      'a create',
      {},
      { email: 'a@b.fi', role: 'agent' },
      { email: { old: null, new: 'a@b.fi' }, role: { old: null, new: 'agent' } },
    ],
    [
      'an update',
      { displayName: 'A', role: 'agent' },
      { displayName: 'B', role: 'agent' },
      { displayName: { old: 'A', new: 'B' } },
    ],
    ['a delete', { regionCode: '01' }, {}, { regionCode: { old: '01', new: null } }],
    ['no change', { isActive: true }, { isActive: true }, {}],
    [
      'null to value',
      { validTo: null },
      { validTo: '2026-12-31' },
      { validTo: { old: null, new: '2026-12-31' } },
    ],
  ])('records %s', (_case, before, after, expected) => {
    expect(diffFields(before, after)).toEqual(expected);
  });

  it('never records secrets or bookkeeping columns', () => {
    const changes = diffFields(
      { passwordHash: 'x', tokenHash: 'y', csrfToken: 'z', version: 1, updatedAt: new Date(0) },
      { passwordHash: 'x2', tokenHash: 'y2', csrfToken: 'z2', version: 2, updatedAt: new Date(1) },
    );
    expect(changes).toEqual({});
  });

  it('compares dates by their instant', () => {
    expect(
      diffFields({ at: new Date('2026-01-01T00:00:00Z') }, { at: new Date('2026-01-01T00:00:00Z') }),
    ).toEqual({});
    expect(diffFields({ at: null }, { at: new Date('2026-01-01T00:00:00Z') })).toEqual({
      at: { old: null, new: '2026-01-01T00:00:00.000Z' },
    });
  });
});
