import { existsSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ActivitiesModule } from './activities/activities.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { AgentsModule } from './agents/agents.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter';
import { ImportsModule } from './imports/imports.module';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContactsModule } from './contacts/contacts.module';
import { CpvDivisionsModule } from './cpv-divisions/cpv-divisions.module';
import { DatabaseModule } from './database/database.module';
import { DemoSeedModule } from './database/seed/demo-seed.module';
import { ExportsModule } from './exports/exports.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { RegionsModule } from './regions/regions.module';
import { RequestsModule } from './requests/requests.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { ThemesModule } from './themes/themes.module';
import { UnitsModule } from './units/units.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    // The built Angular app, with index.html for every non-API path (client-side routes).
    const webApp = existsSync(config.webDirectory)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDirectory, exclude: ['/api', '/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        HealthModule,
        RegionsModule,
        MunicipalitiesModule,
        ThemesModule,
        CpvDivisionsModule,
        AuditModule,
        MailModule,
        UnitsModule,
        ContactsModule,
        RequestsModule,
        ActivitiesModule,
        DashboardsModule,
        FollowUpsModule,
        SchedulerModule,
        ImportsModule,
        ExportsModule,
        AgentsModule,
        UsersModule,
        AuthModule,
        DemoSeedModule,
        ...webApp,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
