import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestEventEntity } from './request-event.entity';
import { AUTO_CLOSE_AFTER_DAYS } from './request-workflow';

/**
 * Closes requests resolved at least 14 days ago (SPEC §4); the scheduler runs it every hour. One UPDATE
 * picks and closes them, so concurrent runs close each request once; the timeline and audit entries commit
 * with it.
 */
@Injectable()
export class RequestAutoCloseService {
  private readonly logger = new Logger(RequestAutoCloseService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Closes every request due for closing at `now`; returns how many. */
  async closeDue(manager?: EntityManager, now: Date = new Date()): Promise<number> {
    if (!manager) {
      return this.dataSource.transaction((own) => this.closeDue(own, now));
    }
    const closed = (await manager.query(
      `WITH due AS (
         UPDATE support_requests SET status = 'closed', closed_at = now(), updated_at = now(), version = version + 1
         WHERE status = 'resolved' AND resolved_at <= $2::timestamptz - make_interval(days => $1)
         RETURNING id)
       SELECT id FROM due`,
      [AUTO_CLOSE_AFTER_DAYS, now],
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
  }
}
