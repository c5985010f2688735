import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RequestEventEntity } from './request-event.entity';
import { AUTO_CLOSE_AFTER_DAYS } from './request-workflow';

/**
 * Closes requests resolved at least 14 days ago (SPEC §4). One UPDATE picks and closes them, so several API
 * instances running it at once close each request once; the timeline and audit entries commit with it.
 */
@Injectable()
export class RequestAutoCloseService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RequestAutoCloseService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.requestAutoClosePollMinutes > 0) {
      this.timer = setInterval(
        () =>
          void this.closeDue().catch((error: unknown) =>
            this.logger.error(`Automatic closing failed: ${String(error)}`),
          ),
        this.config.requestAutoClosePollMinutes * 60_000,
      );
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Closes every request due for closing; returns how many. */
  async closeDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const closed = (await manager.query(
        `WITH due AS (
           UPDATE support_requests SET status = 'closed', closed_at = now(), updated_at = now(), version = version + 1
           WHERE status = 'resolved' AND resolved_at <= now() - make_interval(days => $1)
           RETURNING id)
         SELECT id FROM due`,
        [AUTO_CLOSE_AFTER_DAYS],
      )) as { id: string }[];
      if (closed.length === 0) {
        return 0;
      }
      await manager.insert(
        RequestEventEntity,
        closed.map(({ id }) => ({
          requestId: id,
          kind: 'status_change' as const,
          isInternal: false,
          authorKind: 'system' as const,
          authorUserId: null,
          fromStatus: 'resolved' as const,
          toStatus: 'closed' as const,
        })),
      );
      await this.audit.recordMany(
        manager,
        null,
        closed.map(({ id }) => ({
          action: 'update' as const,
          entityType: 'request',
          entityId: id,
          changes: { status: { old: 'resolved', new: 'closed' } },
        })),
      );
      this.logger.log(`Closed ${closed.length} resolved requests automatically`);
      return closed.length;
    });
  }
}
