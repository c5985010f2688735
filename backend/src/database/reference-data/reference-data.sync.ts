import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { CpvDivisionEntity } from '../../cpv-divisions/cpv-division.entity';
import { MunicipalityEntity } from '../../municipalities/municipality.entity';
import { RegionEntity } from '../../regions/region.entity';
import { ThemeEntity } from '../../themes/theme.entity';
import { readCpvDivisions, readMunicipalities, readRegions, readThemes } from './reference-data.files';

/**
 * Brings the reference tables in line with the shipped files: inserts new codes and updates changed
 * labels. Idempotent; rows are never deleted here, because business records refer to them.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const upsert = async <T extends ObjectLiteral>(target: EntityTarget<T>, rows: T[]): Promise<void> => {
      await manager.upsert(target, rows, { conflictPaths: ['code'], skipUpdateIfNoValuesChanged: true });
    };
    await upsert(RegionEntity, readRegions());
    await upsert(MunicipalityEntity, readMunicipalities());
    await upsert(ThemeEntity, readThemes());
    await upsert(CpvDivisionEntity, readCpvDivisions());
  });
}
