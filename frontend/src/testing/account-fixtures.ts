import type { MeDto } from '../app/core/api/generated/models/me-dto';

/** A signed-in user as `GET /api/v1/auth/me` returns them. */
export function meFixture(overrides: Partial<MeDto> = {}): MeDto {
  return {
    id: '8d5b1b9c-4d0a-4b7e-9a53-3f3c6a1c2b10',
    email: 'coordinator@demo.keino.test',
    displayName: 'Kaisa Koordinaattori',
    role: 'coordinator',
    preferredLanguage: 'fi',
    unit: null,
    agent: null,
    ...overrides,
  };
}

export const ME_URL = '/api/v1/auth/me';

/** Lets pending promise callbacks and macrotasks (HTTP answers, translation loads) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
