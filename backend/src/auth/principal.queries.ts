import type { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import type { Role } from '../common/auth/roles';
import type { Language } from '../common/i18n/language';
import { assignmentCoversSql } from '../agents/assignment-period.sql';
import { preparedQuery } from '../database/prepared-query';

// One query per request resolves the caller: the credential, its (active) user and, for agents, the
// regions assigned today. Last-use times are written at most once a minute.
const USER_COLUMNS = `
  u.id AS user_id, u.role, u.email, u.display_name, u.preferred_language, u.unit_id,
  CASE WHEN u.role = 'agent' THEN ARRAY(
    SELECT a.region_code::text FROM agent_region_assignments a
    WHERE a.agent_user_id = u.id AND ${assignmentCoversSql('a')}
    ORDER BY 1) ELSE ARRAY[]::text[] END AS region_codes`;

/** The caller of session $1 (a token hash), idle for less than $2 minutes. */
const SESSION_PRINCIPAL_SQL = `
  SELECT ${USER_COLUMNS}, s.csrf_token, s.last_seen_at < now() - interval '1 minute' AS is_stale
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND s.last_seen_at > now() - make_interval(mins => $2) AND u.is_active`;

/** The caller of API token $1 (a token hash). */
const API_TOKEN_PRINCIPAL_SQL = `
  SELECT ${USER_COLUMNS}, t.id AS token_id,
    (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS is_stale
  FROM api_tokens t JOIN users u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.is_active`;

interface PrincipalRow {
  user_id: string;
  role: Role;
  email: string;
  display_name: string;
  preferred_language: Language;
  unit_id: string | null;
  region_codes: string[];
  is_stale: boolean;
}

export interface SessionPrincipal {
  readonly principal: Principal;
  readonly csrfToken: string;
}

function toPrincipal(
  row: PrincipalRow,
  authMethod: Principal['authMethod'],
  sessionTokenHash: string | null,
): Principal {
  return {
    userId: row.user_id,
    role: row.role,
    email: row.email,
    displayName: row.display_name,
    preferredLanguage: row.preferred_language,
    unitId: row.unit_id,
    regionCodes: row.region_codes,
    authMethod,
    sessionTokenHash,
  };
}

export async function findSessionPrincipal(
  dataSource: DataSource,
  tokenHash: string,
  idleMinutes: number,
): Promise<SessionPrincipal | null> {
  const rows = (await preparedQuery(dataSource, SESSION_PRINCIPAL_SQL, [
    tokenHash,
    idleMinutes,
  ])) as (PrincipalRow & { csrf_token: string })[];
  const row = rows[0];
  if (!row) {
    return null;
  }
  if (row.is_stale) {
    await dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
  }
  return { principal: toPrincipal(row, 'session', tokenHash), csrfToken: row.csrf_token };
}

export async function findApiTokenPrincipal(
  dataSource: DataSource,
  tokenHash: string,
): Promise<Principal | null> {
  const rows = (await preparedQuery(dataSource, API_TOKEN_PRINCIPAL_SQL, [tokenHash])) as (PrincipalRow & {
    token_id: string;
  })[];
  const row = rows[0];
  if (!row) {
    return null;
  }
  if (row.is_stale) {
    await dataSource.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [row.token_id]);
  }
  return toPrincipal(row, 'token', null);
}
