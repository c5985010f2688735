/**
 * A region code as the API accepts it: Finland's two digits ('01') or a NUTS-3-like code ('DE111'), the same
 * pattern as the backend's IsRegionCode.
 */
export const REGION_CODE_PATTERN = /^[0-9A-Z]{2,5}$/;
