import { Injectable } from '@nestjs/common';
import * as argon2 from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's recommendation: 19 MiB memory, 2 iterations,
// 1 lane. @node-rs/argon2 ships prebuilt binaries as platform packages: nothing compiles on install.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // A real hash to verify against when there is no user, so that unknown emails take as long as wrong passwords.
  private readonly dummyHash = argon2.hash('no user has this password', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** Verifies in constant work whether or not there is a hash to verify against. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const isMatch = await argon2.verify(hash ?? (await this.dummyHash), password);
      return hash !== null && isMatch;
    } catch {
      return false;
    }
  }
}
