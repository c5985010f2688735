import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type AuditRecord, AuditService, diffFields } from '../audit/audit.service';
import type { AccessScope } from '../common/auth/access-scope';
import type { Actor } from '../common/auth/principal';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { toFieldErrors } from '../common/errors/validation-errors';
import { LANGUAGES, type Language } from '../common/i18n/language';
import { ContactEntity } from '../contacts/contact.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { RegionEntity } from '../regions/region.entity';
import { CreateUnitDto } from '../units/dto/unit-requests.dto';
import { isRegionWritable } from '../units/unit-scope';
import { UnitEntity } from '../units/unit.entity';
import { openCsv } from './csv-decoding';
import type {
  ImportAction,
  ImportCellErrorDto,
  ImportCountsDto,
  ImportReportDto,
  ImportRowDto,
} from './dto/import-report.dto';
import { type ImportField, mapColumns, parseBoolean, parseEuros, parseUnitType } from './unit-import-columns';
import {
  CONTACT_FIELDS,
  type ContactValues,
  insertContacts,
  insertUnits,
  type RowWrite,
  UNIT_FIELDS,
  type UnitValues,
  updateContacts,
  updateUnits,
} from './unit-import.writes';

export const MAX_IMPORT_ROWS = 50_000;

/** Rows planned, looked up and written together: memory stays flat however long the file. */
const BATCH_ROWS = 1000;

interface ImportContext {
  readonly municipalityByKey: ReadonlyMap<string, MunicipalityEntity>;
  readonly regionCodes: ReadonlySet<string>;
  readonly cell: (record: string[], field: ImportField) => string;
  readonly headerOf: (field: ImportField) => string;
  readonly scope: AccessScope;
  /** The first row of each business ID so far, across batches. */
  readonly seenBusinessIds: Map<string, number>;
}

interface PlannedRow {
  report: ImportRowDto;
  unit?: { existing?: UnitEntity; values: UnitValues };
  contact?: { existing?: ContactEntity; values: ContactValues };
}

/** Spreadsheets turn Finland's "01" into 1; NUTS-3-like codes (DE111) are capitals. */
function normaliseRegionCode(value: string): string {
  return /^\d$/.test(value) ? `0${value}` : value.toUpperCase();
}

const emptyCounts = (): ImportCountsDto => ({ create: 0, update: 0, unchanged: 0, reject: 0 });

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}

/**
 * CSV import of contracting units, optionally with one contact person per row: a dry run reports what each
 * row would do; the commit writes every valid row in one transaction. Units match by business ID, contacts
 * by email (or name) within their unit, so running the same file twice changes nothing.
 */
@Injectable()
export class UnitImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importUnits(
    file: Buffer,
    isDryRun: boolean,
    actor: Actor,
    scope: AccessScope,
  ): Promise<ImportReportDto> {
    const csv = await openCsv(file);
    const { columns, unknownHeaders } = mapColumns(csv.header);
    const missing = (['nameFi', 'businessId'] as const).filter((field) => columns[field] === undefined);
    if (missing.length > 0) {
      await csv.close();
      throw new ValidationFailedError(
        missing.map((field) => ({
          field: 'file',
          code: 'missingColumn',
          message: `The file has no ${field === 'nameFi' ? '"nimi"/"name"' : '"y-tunnus"/"business id"'} column`,
        })),
        'The file lacks required columns.',
      );
    }
    const headerOf = (field: ImportField): string => csv.header[columns[field] ?? -1] ?? field;
    const cell = (record: string[], field: ImportField): string => {
      const index = columns[field];
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const context: ImportContext = {
      ...(await this.referenceData()),
      cell,
      headerOf,
      scope,
      seenBusinessIds: new Map<string, number>(),
    };

    // The file is read, planned and (unless a dry run) written a batch at a time, all in one transaction:
    // only the report of each row is kept. Too many rows end it with nothing written.
    const importAll = async (manager: EntityManager): Promise<ImportRowDto[]> => {
      const reports: ImportRowDto[] = [];
      let batch: string[][] = [];
      const flush = async (): Promise<void> => {
        const planned = await this.planBatch(manager, batch, reports.length, context);
        if (!isDryRun) {
          await this.writeBatch(manager, planned, actor);
        }
        planned.forEach((row) => reports.push(row.report));
        batch = [];
      };
      for await (const record of csv.records) {
        if (reports.length + batch.length === MAX_IMPORT_ROWS) {
          throw new DomainError(
            'IMPORT_TOO_LARGE',
            HttpStatus.BAD_REQUEST,
            'Too many rows',
            `At most ${MAX_IMPORT_ROWS} rows per file.`,
          );
        }
        batch.push(record);
        if (batch.length === BATCH_ROWS) {
          await flush();
        }
      }
      if (batch.length > 0) {
        await flush();
      }
      return reports;
    };
    const rows = isDryRun
      ? await importAll(this.dataSource.manager)
      : await this.dataSource.transaction(importAll);

    const units = emptyCounts();
    const contacts = emptyCounts();
    for (const report of rows) {
      units[report.action] += 1;
      if (report.contactAction !== 'none') {
        contacts[report.contactAction] += 1;
      }
    }
    return {
      dryRun: isDryRun,
      encoding: csv.encoding,
      delimiter: csv.delimiter,
      totalRows: rows.length,
      units,
      contacts,
      ignoredColumns: unknownHeaders,
      rows,
    };
  }

  private async referenceData(): Promise<Pick<ImportContext, 'municipalityByKey' | 'regionCodes'>> {
    const municipalities = await this.dataSource.manager.find(MunicipalityEntity);
    const municipalityByKey = new Map<string, MunicipalityEntity>();
    for (const municipality of municipalities) {
      municipalityByKey.set(municipality.code, municipality);
      municipalityByKey.set(municipality.nameFi.toLowerCase(), municipality);
      municipalityByKey.set(municipality.nameSv.toLowerCase(), municipality);
    }
    const regionCodes = new Set(
      (await this.dataSource.manager.find(RegionEntity, { select: { code: true } })).map(({ code }) => code),
    );
    return { municipalityByKey, regionCodes };
  }

  /** What each record of the batch would do, against the units and contacts it matches (read in two queries). */
  private async planBatch(
    manager: EntityManager,
    records: readonly string[][],
    rowsBefore: number,
    context: ImportContext,
  ): Promise<PlannedRow[]> {
    const { cell } = context;
    const businessIds = [...new Set(records.map((record) => cell(record, 'businessId')).filter(Boolean))];
    const existingUnits = new Map<string, UnitEntity>();
    if (businessIds.length > 0) {
      const found = await manager.find(UnitEntity, { where: { businessId: In(businessIds) } });
      found.forEach((unit) => existingUnits.set(unit.businessId, unit));
    }
    const existingContacts = new Map<string, ContactEntity[]>();
    const unitIds = [...existingUnits.values()].map((unit) => unit.id);
    if (unitIds.length > 0) {
      const found = await manager.find(ContactEntity, { where: { unitId: In(unitIds) } });
      found.forEach((contact) =>
        existingContacts.set(contact.unitId, [...(existingContacts.get(contact.unitId) ?? []), contact]),
      );
    }
    return records.map((record, index) =>
      this.planRow(record, rowsBefore + index, context, existingUnits, existingContacts),
    );
  }

  private planRow(
    record: string[],
    index: number,
    context: ImportContext,
    existingUnits: ReadonlyMap<string, UnitEntity>,
    existingContacts: ReadonlyMap<string, ContactEntity[]>,
  ): PlannedRow {
    const { cell, headerOf, municipalityByKey, regionCodes, scope, seenBusinessIds } = context;
    const row = index + 2;
    const errors: ImportCellErrorDto[] = [];
    const businessId = cell(record, 'businessId');
    const existing = existingUnits.get(businessId);
    const typeCell = cell(record, 'type');
    const type = typeCell ? parseUnitType(typeCell) : existing?.type;
    if (!type) {
      errors.push({
        column: headerOf('type'),
        message: typeCell ? `unknown type "${typeCell}"` : 'type is required for a new unit',
      });
    }
    const municipalityCell = cell(record, 'municipality');
    const municipality = municipalityCell
      ? municipalityByKey.get(
          /^\d{1,3}$/.test(municipalityCell)
            ? municipalityCell.padStart(3, '0')
            : municipalityCell.toLowerCase(),
        )
      : undefined;
    if (municipalityCell && !municipality) {
      errors.push({
        column: headerOf('municipality'),
        message: `unknown municipality "${municipalityCell}"`,
      });
    }
    const regionCell = cell(record, 'regionCode');
    const regionCode = regionCell
      ? normaliseRegionCode(regionCell)
      : (municipality?.regionCode ?? existing?.regionCode);
    const isUnknownRegion = regionCell !== '' && !regionCodes.has(regionCode ?? '');
    if (!regionCode) {
      errors.push({ column: headerOf('municipality'), message: 'a municipality or a region is required' });
    } else if (isUnknownRegion) {
      errors.push({ column: headerOf('regionCode'), message: `unknown region "${regionCell}"` });
    }
    const spendCell = cell(record, 'estimatedAnnualSpend');
    const spend = spendCell ? parseEuros(spendCell) : undefined;
    if (spendCell && spend === undefined) {
      errors.push({
        column: headerOf('estimatedAnnualSpend'),
        message: `"${spendCell}" is not an amount in euros`,
      });
    }
    const activeCell = cell(record, 'isActive');
    const isActive = activeCell ? parseBoolean(activeCell) : (existing?.isActive ?? true);
    if (isActive === undefined) {
      errors.push({ column: headerOf('isActive'), message: `"${activeCell}" is not yes or no` });
    }

    const values: UnitValues = {
      nameFi: cell(record, 'nameFi'),
      nameSv: cell(record, 'nameSv') || (existing?.nameSv ?? null),
      businessId,
      type: type ?? 'other',
      municipalityCode: municipality?.code ?? existing?.municipalityCode ?? null,
      regionCode: regionCode ?? '',
      estimatedAnnualSpend: spend ?? existing?.estimatedAnnualSpend ?? null,
      website: cell(record, 'website') || (existing?.website ?? null),
      isActive: isActive ?? true,
    };
    const dto = plainToInstance(CreateUnitDto, {
      nameFi: values.nameFi,
      businessId: values.businessId,
      type: values.type,
      ...(values.website ? { website: values.website } : {}),
    });
    const fieldColumns: Record<string, ImportField> = {
      nameFi: 'nameFi',
      businessId: 'businessId',
      type: 'type',
      website: 'website',
    };
    for (const error of toFieldErrors(validateSync(dto))) {
      errors.push({ column: headerOf(fieldColumns[error.field] ?? 'nameFi'), message: error.message });
    }
    const firstRow = seenBusinessIds.get(businessId);
    if (businessId && firstRow !== undefined) {
      errors.push({
        column: headerOf('businessId'),
        message: `the same business ID is on row ${firstRow}`,
      });
    } else if (businessId) {
      seenBusinessIds.set(businessId, row);
    }
    if (regionCode && !isUnknownRegion && !isRegionWritable(scope, regionCode)) {
      errors.push({
        column: headerOf(regionCell ? 'regionCode' : 'municipality'),
        message: `region ${regionCode} is not one of your regions`,
      });
    }
    if (existing && !isRegionWritable(scope, existing.regionCode)) {
      errors.push({ column: headerOf('businessId'), message: 'this unit is outside your regions' });
    }

    const contact = this.planContact(
      record,
      cell,
      headerOf,
      errors,
      existing ? (existingContacts.get(existing.id) ?? []) : [],
    );
    const report: ImportRowDto = {
      row,
      action: 'reject',
      contactAction: 'none',
      businessId: businessId || null,
      name: values.nameFi || null,
      errors,
    };
    if (errors.length > 0) {
      return { report };
    }
    const before = existing ? pick(existing, UNIT_FIELDS) : undefined;
    report.action = !before
      ? 'create'
      : Object.keys(diffFields(before, values)).length > 0
        ? 'update'
        : 'unchanged';
    report.contactAction = contact ? this.contactAction(contact) : 'none';
    return { report, unit: { existing, values }, contact };
  }

  private planContact(
    record: string[],
    cell: (record: string[], field: ImportField) => string,
    headerOf: (field: ImportField) => string,
    errors: ImportCellErrorDto[],
    unitContacts: ContactEntity[],
  ): PlannedRow['contact'] {
    const name = cell(record, 'contactName');
    const email = cell(record, 'contactEmail').toLowerCase() || null;
    if (!name && !email) {
      return undefined;
    }
    if (!name) {
      errors.push({ column: headerOf('contactName'), message: 'a contact needs a name' });
    }
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      errors.push({ column: headerOf('contactEmail'), message: `"${email}" is not an email address` });
    }
    const languageCell = cell(record, 'contactLanguage').toLowerCase();
    const language = (languageCell || 'fi') as Language;
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      errors.push({
        column: headerOf('contactLanguage'),
        message: `language must be fi, sv or en, not "${languageCell}"`,
      });
    }
    const existing = unitContacts.find((contact) =>
      email ? contact.email === email : contact.name === name,
    );
    return {
      existing,
      values: {
        name,
        email: email ?? existing?.email ?? null,
        phone: cell(record, 'contactPhone') || (existing?.phone ?? null),
        title: cell(record, 'contactTitle') || (existing?.title ?? null),
        preferredLanguage: language,
      },
    };
  }

  private contactAction(contact: NonNullable<PlannedRow['contact']>): ImportRowDto['contactAction'] {
    if (!contact.existing) {
      return 'create';
    }
    const before = pick(contact.existing, CONTACT_FIELDS);
    return Object.keys(diffFields(before, contact.values)).length > 0 ? 'update' : 'unchanged';
  }

  /**
   * Writes the batch's creates and updates (units before their contacts) and their audit events. New rows get
   * their ids here, so a new unit's contact knows its unit without reading it back.
   */
  private async writeBatch(
    manager: EntityManager,
    planned: readonly PlannedRow[],
    actor: Actor,
  ): Promise<void> {
    const units = { create: [] as RowWrite<UnitValues>[], update: [] as RowWrite<UnitValues>[] };
    const newContacts: RowWrite<ContactValues & { unitId: string }>[] = [];
    const changedContacts: RowWrite<ContactValues>[] = [];
    const events: AuditRecord[] = [];
    for (const { report, unit, contact } of planned) {
      if (!unit) {
        continue;
      }
      const unitId = unit.existing?.id ?? randomUUID();
      if (report.action === 'create' || report.action === 'update') {
        units[report.action].push({ id: unitId, values: unit.values });
        events.push({
          action: report.action,
          entityType: 'unit',
          entityId: unitId,
          changes: diffFields(unit.existing ? pick(unit.existing, UNIT_FIELDS) : {}, unit.values),
        });
      }
      if (contact && (report.contactAction === 'create' || report.contactAction === 'update')) {
        const contactId = contact.existing?.id ?? randomUUID();
        if (report.contactAction === 'create') {
          newContacts.push({ id: contactId, values: { ...contact.values, unitId } });
        } else {
          changedContacts.push({ id: contactId, values: contact.values });
        }
        events.push({
          action: report.contactAction,
          entityType: 'contact',
          entityId: contactId,
          changes: diffFields(contact.existing ? pick(contact.existing, CONTACT_FIELDS) : {}, contact.values),
        });
      }
    }
    await insertUnits(manager, units.create);
    await updateUnits(manager, units.update);
    await insertContacts(manager, newContacts);
    await updateContacts(manager, changedContacts);
    await this.audit.recordMany(manager, actor, events);
  }
}

export type { ImportAction };
