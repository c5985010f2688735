import * as argon2 from '@node-rs/argon2';
import { PasswordHasher } from './password-hasher';

// The real library, with verify() observable.
jest.mock('@node-rs/argon2', () => {
  const actual = jest.requireActual<typeof import('@node-rs/argon2')>('@node-rs/argon2');
  return { ...actual, verify: jest.fn(actual.verify) };
});

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hasher.hash('a long enough passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(hasher.verify(hash, 'a long enough passphrase')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'a long enough passphrasE')).resolves.toBe(false);
  });

  it('does a full verification even when there is no hash (unknown user), so timing does not tell', async () => {
    const verify = jest.mocked(argon2.verify);
    verify.mockClear();
    await expect(hasher.verify(null, 'anything')).resolves.toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0][0]).toMatch(/^\$argon2id\$/);
  });
});
