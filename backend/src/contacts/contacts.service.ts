import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { AccessScope } from '../common/auth/access-scope';
import { StaleVersionError } from '../common/auth/auth-errors';
import type { Actor } from '../common/auth/principal';
import { RecordNotFoundError } from '../common/errors/domain-error';
import type { PageQueryDto } from '../common/pagination/page-query.dto';
import type { Page } from '../common/pagination/page.dto';
import { whereUnitInScope } from '../units/unit-scope';
import { UnitsService } from '../units/units.service';
import { ContactEntity } from './contact.entity';
import {
  type ContactDto,
  type CreateContactDto,
  type PersonalDataExportDto,
  type UpdateContactDto,
  toContactDto,
} from './dto/contact.dto';

const PERSONAL_FIELDS = ['name', 'email', 'phone', 'title'] as const;
const ERASED = '[erased]';

function auditedFields(contact: ContactEntity): Record<string, unknown> {
  return {
    unitId: contact.unitId,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    title: contact.title,
    preferredLanguage: contact.preferredLanguage,
  };
}

const emptyAsNull = (value: string | null | undefined): string | null => (value ? value : null);

@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  /** Contacts of the units in scope (optionally of one region), with their unit, ordered by unit and name. */
  exportQuery(scope: AccessScope, regionCode?: string): SelectQueryBuilder<ContactEntity> {
    const builder = whereUnitInScope(
      this.dataSource.manager
        .createQueryBuilder(ContactEntity, 'contact')
        .innerJoinAndSelect('contact.unit', 'unit'),
      'unit',
      scope,
    );
    if (regionCode) {
      builder.andWhere('unit.regionCode = :regionCode', { regionCode });
    }
    return builder
      .orderBy('unit.name_fi COLLATE "fi-FI-x-icu"', 'ASC')
      .addOrderBy('contact.name', 'ASC')
      .addOrderBy('contact.id', 'ASC');
  }

  async listForUnit(unitId: string, query: PageQueryDto, scope: AccessScope): Promise<Page<ContactDto>> {
    await this.units.findInScope(this.dataSource.manager, unitId, scope);
    const [rows, total] = await this.dataSource.manager.findAndCount(ContactEntity, {
      where: { unitId },
      order: { name: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: rows.map(toContactDto), total, page: query.page, pageSize: query.pageSize };
  }

  async create(
    unitId: string,
    request: CreateContactDto,
    actor: Actor,
    scope: AccessScope,
  ): Promise<ContactDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.units.findInScope(manager, unitId, scope);
      const contact = await manager.save(
        manager.create(ContactEntity, {
          unitId,
          name: request.name,
          email: emptyAsNull(request.email)?.toLowerCase() ?? null,
          phone: emptyAsNull(request.phone),
          title: emptyAsNull(request.title),
          preferredLanguage: request.preferredLanguage ?? 'fi',
          erasedAt: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'contact',
        entityId: contact.id,
        changes: diffFields({}, auditedFields(contact)),
      });
      return toContactDto(contact);
    });
  }

  async update(id: string, changes: UpdateContactDto, actor: Actor, scope: AccessScope): Promise<ContactDto> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.findInScope(manager, id, scope, true);
      if (contact.version !== changes.version) {
        throw new StaleVersionError('contact');
      }
      const before = auditedFields(contact);
      contact.name = changes.name ?? contact.name;
      contact.email =
        changes.email === undefined ? contact.email : (emptyAsNull(changes.email)?.toLowerCase() ?? null);
      contact.phone = changes.phone === undefined ? contact.phone : emptyAsNull(changes.phone);
      contact.title = changes.title === undefined ? contact.title : emptyAsNull(changes.title);
      contact.preferredLanguage = changes.preferredLanguage ?? contact.preferredLanguage;
      const saved = await manager.save(contact);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'contact',
        entityId: id,
        changes: diffFields(before, auditedFields(saved)),
      });
      return toContactDto(saved);
    });
  }

  async remove(id: string, actor: Actor, scope: AccessScope): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contact = await this.findInScope(manager, id, scope, true);
      await manager.delete(ContactEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'delete',
        entityType: 'contact',
        entityId: id,
        changes: diffFields(auditedFields(contact), {}),
      });
    });
  }

  /** Everything held about the person (GDPR art. 15), as one JSON document. */
  async exportPersonalData(id: string, actor: Actor, scope: AccessScope): Promise<PersonalDataExportDto> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.findInScope(manager, id, scope);
      const unit = await this.units.findInScope(manager, contact.unitId, scope);
      const events = (await manager.query(
        `SELECT occurred_at, action, changes FROM audit_events
         WHERE entity_type = 'contact' AND entity_id = $1 ORDER BY occurred_at`,
        [id],
      )) as { occurred_at: Date; action: string; changes: Record<string, unknown> }[];
      const requests = (await manager.query(
        `SELECT number, title, status, submitted_at, requester_name, requester_email, requester_language
         FROM support_requests WHERE requester_contact_id = $1 ORDER BY submitted_at`,
        [id],
      )) as {
        number: number;
        title: string;
        status: string;
        submitted_at: Date;
        requester_name: string | null;
        requester_email: string | null;
        requester_language: string;
      }[];
      await this.audit.record(manager, actor, {
        action: 'personal_data_export',
        entityType: 'contact',
        entityId: id,
      });
      return {
        exportedAt: new Date().toISOString(),
        contact: toContactDto(contact),
        unit: { id: unit.id, nameFi: unit.nameFi, businessId: unit.businessId },
        supportRequests: requests.map((request) => ({
          number: request.number,
          title: request.title,
          status: request.status,
          submittedAt: request.submitted_at.toISOString(),
          requesterName: request.requester_name,
          requesterEmail: request.requester_email,
          requesterLanguage: request.requester_language,
        })),
        auditEvents: events.map((event) => ({
          occurredAt: event.occurred_at.toISOString(),
          action: event.action,
          changes: event.changes,
        })),
      };
    });
  }

  /**
   * Erases the person (GDPR art. 17): personal fields become null, also in the audit trail's recorded values;
   * the contact record stays, anonymised, so that work records referring to it keep working.
   */
  async erase(id: string, actor: Actor, scope: AccessScope): Promise<ContactDto> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.findInScope(manager, id, scope, true);
      for (const field of PERSONAL_FIELDS) {
        contact[field] = null;
      }
      contact.erasedAt = new Date();
      const saved = await manager.save(contact);
      await this.scrubAuditTrail(manager, id);
      // The person's name and address as requester of support requests go too; the requests stay.
      await manager.query(
        'UPDATE support_requests SET requester_name = NULL, requester_email = NULL WHERE requester_contact_id = $1',
        [id],
      );
      await this.audit.record(manager, actor, { action: 'erase', entityType: 'contact', entityId: id });
      return toContactDto(saved);
    });
  }

  private async scrubAuditTrail(manager: EntityManager, id: string): Promise<void> {
    const erasedChange = JSON.stringify({ old: ERASED, new: ERASED });
    for (const field of PERSONAL_FIELDS) {
      await manager.query(
        `UPDATE audit_events SET changes = jsonb_set(changes, ARRAY[$2::text], $3::jsonb)
         WHERE entity_type = 'contact' AND entity_id = $1 AND changes ? $2`,
        [id, field, erasedChange],
      );
    }
  }

  private async findInScope(
    manager: EntityManager,
    id: string,
    scope: AccessScope,
    forUpdate = false,
  ): Promise<ContactEntity> {
    const builder = whereUnitInScope(
      manager.createQueryBuilder(ContactEntity, 'contact').innerJoin('contact.unit', 'unit'),
      'unit',
      scope,
    ).andWhere('contact.id = :id', { id });
    const contact = await (
      forUpdate ? builder.setLock('pessimistic_write', undefined, ['contact']) : builder
    ).getOne();
    if (!contact) {
      throw new RecordNotFoundError('contact', id);
    }
    return contact;
  }
}
