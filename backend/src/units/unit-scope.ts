import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AccessScope } from '../common/auth/access-scope';

/** Restricts a query of units (alias `unitAlias`) to what the scope may see. */
export function whereUnitInScope<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  unitAlias: string,
  scope: AccessScope,
): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return builder;
    case 'regions':
      return scope.regionCodes.length === 0
        ? builder.andWhere('1 = 0')
        : builder.andWhere(`${unitAlias}.regionCode IN (:...scopeRegionCodes)`, {
            scopeRegionCodes: scope.regionCodes,
          });
    case 'unit':
      return builder.andWhere(`${unitAlias}.id = :scopeUnitId`, { scopeUnitId: scope.unitId });
  }
}

/** Whether the scope may create or move a unit into the region. */
export function isRegionWritable(scope: AccessScope, regionCode: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'regions' && scope.regionCodes.includes(regionCode));
}
