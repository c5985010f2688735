import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Page } from '../common/pagination/page.dto';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditEventDto, AuditEventListQueryDto } from './dto/audit-event.dto';

@Injectable()
export class AuditEventsService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async list(query: AuditEventListQueryDto): Promise<Page<AuditEventDto>> {
    const builder = this.events.createQueryBuilder('event').leftJoinAndSelect('event.actor', 'actor');
    if (query.entityType) {
      builder.andWhere('event.entityType = :entityType', { entityType: query.entityType });
    }
    if (query.entityId) {
      builder.andWhere('event.entityId = :entityId', { entityId: query.entityId });
    }
    if (query.actorId) {
      builder.andWhere('event.actorUserId = :actorId', { actorId: query.actorId });
    }
    if (query.from) {
      builder.andWhere('event.occurredAt >= :from', { from: query.from });
    }
    if (query.to) {
      builder.andWhere('event.occurredAt < :to', { to: query.to });
    }
    const [rows, total] = await builder
      .orderBy('event.occurredAt', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((event) => ({
        id: event.id,
        occurredAt: event.occurredAt.toISOString(),
        actor: event.actor ? { id: event.actor.id, displayName: event.actor.displayName } : null,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        changes: event.changes,
        requestId: event.requestId,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
