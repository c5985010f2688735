import type { EntityManager } from 'typeorm';
import type { Language } from '../../common/i18n/language';

export interface UserRecipient {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly language: Language;
}

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  preferred_language: Language;
}

const toRecipient = (row: UserRow): UserRecipient => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  language: row.preferred_language,
});

/** Active users of a role, in a stable order. */
export async function activeUsersOf(
  manager: EntityManager,
  role: 'agent' | 'coordinator' | 'ministry',
): Promise<UserRecipient[]> {
  const rows = (await manager.query(
    `SELECT id, email, display_name, preferred_language FROM users WHERE role = $1 AND is_active ORDER BY email`,
    [role],
  )) as UserRow[];
  return rows.map(toRecipient);
}

/** Active users by id. */
export async function activeUsersById(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, UserRecipient>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = (await manager.query(
    `SELECT id, email, display_name, preferred_language FROM users WHERE id = ANY($1) AND is_active`,
    [[...new Set(ids)]],
  )) as UserRow[];
  return new Map(rows.map((row) => [row.id, toRecipient(row)]));
}
