import type { DataSource } from 'typeorm';
import type { AccessScope } from '../common/auth/access-scope';
import { escapeLike } from '../common/sql/like';
import { preparedQuery } from '../database/prepared-query';
import type { UnitTypeaheadItemDto } from './dto/unit.dto';

// Search-as-you-type over units (SPEC §5): names that resemble `q` by trigram word similarity (forgiving typos,
// threshold per connection: `pg_trgm.word_similarity_threshold`) and business IDs that start with it, nearest
// first. Each way of matching is its own index-driven branch that stops after `limit` rows:
// - Finnish names: nearest first from a GiST index (KNN), read only while names still match. An agent's
//   regions are searched one by one through the (region, name) index, so a scan never walks other regions;
// - Swedish names (few units have one): the trigram GIN index;
// - business IDs: the prefix index.
// A unit matched several ways takes its nearest distance; a business ID match counts as distance 0. No total:
// nothing counts every match on each keystroke.

type Branch = 'all' | 'regions' | 'unit';

/** The Finnish-name branch: nearest first, per region of the caller when the scope is regions. */
function finnishNamesSql(branch: Branch, active: string): string {
  switch (branch) {
    case 'all':
      return `(SELECT u.id, u.name_fi <->> $1 AS distance FROM units u
               WHERE $1 <% u.name_fi${active} ORDER BY u.name_fi <->> $1 LIMIT $3)`;
    case 'regions':
      return `(SELECT f.id, f.distance FROM unnest($4::text[]) AS scope(region_code)
               CROSS JOIN LATERAL (
                 SELECT u.id, u.name_fi <->> $1 AS distance FROM units u
                 WHERE u.region_code = scope.region_code AND $1 <% u.name_fi${active}
                 ORDER BY u.name_fi <->> $1 LIMIT $3) f)`;
    case 'unit':
      return `(SELECT u.id, u.name_fi <->> $1 AS distance FROM units u
               WHERE u.id = $4::uuid AND $1 <% u.name_fi${active})`;
  }
}

/**
 * Business IDs that start with $1, which LIKE $2 ($1 escaped, then %) matches exactly, also written as the range
 * [$1, $1 followed by the highest character) of the pattern index: a plan made for the call turns LIKE into that
 * range itself, but the plan PostgreSQL makes once for a prepared statement (after five calls on a connection)
 * cannot, without the pattern, and read every business ID of the network instead (docs/performance.md, "The
 * typeahead's business IDs in a plan made once").
 */
const BUSINESS_ID_STARTS_WITH_Q = `u.business_id ~>=~ $1 AND u.business_id ~<~ ($1 || chr(1114111))
        AND u.business_id LIKE $2`;

const SCOPE_CONDITION: Record<Branch, string> = {
  all: 'TRUE',
  regions: 'u.region_code = ANY ($4::text[])',
  unit: 'u.id = $4::uuid',
};

/** The statement for the caller's kind of scope; exported for the test of its plan. */
export function typeaheadSql(branch: Branch, activeOnly: boolean): string {
  const active = activeOnly ? ' AND u.is_active' : '';
  return `WITH matches AS (
       ${finnishNamesSql(branch, active)}
       UNION ALL
       (SELECT u.id, u.name_sv <->> $1 FROM units u
        WHERE ${SCOPE_CONDITION[branch]}${active} AND $1 <% u.name_sv ORDER BY u.name_sv <->> $1 LIMIT $3)
       UNION ALL
       (SELECT u.id, 0 FROM units u
        WHERE ${SCOPE_CONDITION[branch]}${active} AND ${BUSINESS_ID_STARTS_WITH_Q}
        ORDER BY u.business_id LIMIT $3)),
     best AS (SELECT id, min(distance) AS distance FROM matches GROUP BY id ORDER BY 2, 1 LIMIT $3)
     SELECT u.id, u.name_fi, u.name_sv, u.business_id, u.region_code, u.is_active
     FROM best JOIN units u ON u.id = best.id
     ORDER BY best.distance, u.name_fi COLLATE "fi-FI-x-icu", u.id`;
}

interface TypeaheadRow {
  id: string;
  name_fi: string;
  name_sv: string | null;
  business_id: string;
  region_code: string;
  is_active: boolean;
}

/**
 * The `limit` units within `scope` that best match `q` (already trimmed, not empty), best first; only active
 * ones when `activeOnly` (the public request form).
 */
export async function unitTypeahead(
  db: DataSource,
  q: string,
  limit: number,
  scope: AccessScope,
  activeOnly = false,
): Promise<UnitTypeaheadItemDto[]> {
  if (scope.kind === 'regions' && scope.regionCodes.length === 0) {
    return [];
  }
  const scopeValue =
    scope.kind === 'all' ? [] : [scope.kind === 'regions' ? scope.regionCodes : scope.unitId];
  const rows = await preparedQuery<TypeaheadRow>(db, typeaheadSql(scope.kind, activeOnly), [
    q,
    `${escapeLike(q)}%`,
    limit,
    ...scopeValue,
  ]);
  return rows.map((row) => ({
    id: row.id,
    nameFi: row.name_fi,
    nameSv: row.name_sv,
    businessId: row.business_id,
    regionCode: row.region_code,
    isActive: row.is_active,
  }));
}
