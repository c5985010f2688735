// Stable error codes of the administration API (docs/api-accounts.md).
export const STALE_VERSION = 'STALE_VERSION';
export const EMAIL_TAKEN = 'EMAIL_TAKEN';
export const ASSIGNMENT_OVERLAP = 'ASSIGNMENT_OVERLAP';
