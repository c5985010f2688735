import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { CpvDivisionEntity } from '../cpv-divisions/cpv-division.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { RegionEntity } from '../regions/region.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { migrations } from './migrations';

export const entities = [RegionEntity, MunicipalityEntity, ThemeEntity, CpvDivisionEntity];

/** The one place that says how the app talks to PostgreSQL; the app, the tests and the tools share it. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize, application_name: 'keino-crm' },
  };
}
