import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppDataSource } from './app-data-source';
import { dataSourceOptions } from './data-source-options';
import { migrateDatabase } from './database-migrator';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) {
          throw new Error('No database URL: main.ts starts the embedded server before the app');
        }
        return dataSourceOptions(config.databaseUrl, config.databasePoolSize);
      },
      dataSourceFactory: async (options) => {
        if (!options) {
          throw new Error('No data source options');
        }
        return new AppDataSource(options).initialize();
      },
    }),
  ],
})
export class DatabaseModule implements OnModuleInit {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(private readonly dataSource: DataSource) {}

  // Runs before the HTTP server listens, so no request ever meets an unmigrated schema.
  async onModuleInit(): Promise<void> {
    const applied = await migrateDatabase(this.dataSource);
    if (applied.length > 0) {
      this.logger.log(`Applied database migrations: ${applied.join(', ')}`);
    }
  }
}
