import { type EntityManager, In } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** Display names of users by id, in one query. */
export async function displayNamesOf(
  manager: EntityManager,
  userIds: Iterable<string | null>,
): Promise<Map<string, string>> {
  const ids = [...new Set([...userIds].filter((id): id is string => id !== null))];
  if (ids.length === 0) {
    return new Map();
  }
  const users = await manager.find(UserEntity, {
    where: { id: In(ids) },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName]));
}
