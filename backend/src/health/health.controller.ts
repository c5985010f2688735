import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthCheckResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../common/auth/access.decorators';
import { MigrationsHealthIndicator } from './migrations.health';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
  ) {}

  /** Liveness: the process answers. Load balancers restart it when this fails. */
  @Get()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Readiness: the database answers and every migration is applied. */
  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'Ready to serve requests' })
  @ApiServiceUnavailableResponse({ description: 'Database unreachable or migrations pending' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.migrations.isUpToDate(),
    ]);
  }
}
