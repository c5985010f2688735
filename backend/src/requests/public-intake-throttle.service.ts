import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TooManySubmissionsError } from './requests.errors';

/**
 * Public request submissions per IP address and hour, counted in PostgreSQL (the rate-limit table shared
 * with sign-in throttling) so that every API instance sees the same counts.
 */
@Injectable()
export class PublicIntakeThrottleService implements OnModuleInit {
  private submissions!: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.submissions = new RateLimiterPostgres({
      storeClient: (this.dataSource.driver as PostgresDriver).master as Pool,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'public_request',
      points: this.config.publicRequestsPerIpPerHour,
      duration: 3600,
    });
  }

  async admit(ip: string): Promise<void> {
    try {
      await this.submissions.consume(ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new TooManySubmissionsError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      }
      throw error;
    }
  }
}
