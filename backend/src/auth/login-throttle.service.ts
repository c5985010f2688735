import { HttpStatus, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const WINDOW_SECONDS = 15 * 60;

export class TooManyLoginAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'TOO_MANY_REQUESTS',
      HttpStatus.TOO_MANY_REQUESTS,
      'Too many sign-in attempts',
      `Too many sign-in attempts; try again in ${retryAfterSeconds} seconds.`,
    );
    this.headers = { 'Retry-After': String(retryAfterSeconds) };
  }
}

/**
 * Login rate limits per account (failures) and per IP address (attempts), kept in PostgreSQL
 * (table login_throttle, created by a migration) so that every API instance sees the same counts.
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  private accountFailures!: RateLimiterPostgres;
  private ipAttempts!: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: WINDOW_SECONDS,
    };
    this.accountFailures = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: this.config.loginMaxFailuresPerAccount,
    });
    this.ipAttempts = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: this.config.loginMaxAttemptsPerIp,
    });
  }

  /** Counts an attempt from the address and refuses when the address or the account is over its limit. */
  async admit(ip: string, account: string): Promise<void> {
    try {
      await this.ipAttempts.consume(ip);
    } catch (error) {
      throw this.toTooMany(error);
    }
    const failures = await this.accountFailures.get(account);
    if (failures && failures.consumedPoints >= this.config.loginMaxFailuresPerAccount) {
      throw this.toTooMany(failures);
    }
  }

  async recordFailure(account: string): Promise<void> {
    await this.accountFailures.consume(account).catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) {
        throw error;
      }
    });
  }

  async recordSuccess(account: string): Promise<void> {
    await this.accountFailures.delete(account);
  }

  private toTooMany(error: unknown): Error {
    if (error instanceof RateLimiterRes) {
      return new TooManyLoginAttemptsError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
