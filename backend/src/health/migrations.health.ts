import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isUpToDate(key = 'migrations'): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    const hasPending = await this.dataSource.showMigrations();
    return hasPending ? indicator.down({ pending: true }) : indicator.up();
  }
}
