import { HELSINKI_TODAY_SQL } from '../common/time/helsinki-date';

/**
 * The condition that the region assignment `alias` covers the day `day` (an SQL date expression; default
 * today in Finland): from and to are both inclusive, and an open end runs on.
 */
export function assignmentCoversSql(alias: string, day: string = HELSINKI_TODAY_SQL): string {
  return `(${alias}.valid_from <= ${day} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${day}))`;
}
