// Stable error codes of the units and contacts API (backend/src/units/units.errors.ts).
export const BUSINESS_ID_TAKEN = 'BUSINESS_ID_TAKEN';
export const OUT_OF_SCOPE = 'OUT_OF_SCOPE';
export const STALE_VERSION = 'STALE_VERSION';

const UUID = /\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/i;

/**
 * The id of the unit that already has the business ID. The server names it in the problem's `detail`:
 * "Business ID 0201256-6 belongs to Helsingin kaupunki (<uuid>)."
 */
export function existingUnitIdOf(detail: string | null): string | null {
  return detail ? (UUID.exec(detail)?.[1] ?? null) : null;
}
