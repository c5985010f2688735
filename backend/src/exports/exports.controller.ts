import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles } from '../common/auth/access.decorators';
import { accessScopeOf } from '../common/auth/access-scope';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { ContactsService } from '../contacts/contacts.service';
import { streamQuery } from '../database/stream-statement';
import { requestScopeOf } from '../requests/request-scope';
import { RequestsService } from '../requests/requests.service';
import { UnitsService } from '../units/units.service';
import { CONTACT_EXPORT_COLUMNS, type ContactExportRow } from './contact-export-columns';
import { ContactExportQueryDto, RequestExportQueryDto, UnitExportQueryDto } from './dto/export-query.dto';
import { REQUEST_EXPORT_COLUMNS, type RequestExportRow } from './request-export-columns';
import { CONTENT_TYPES, sendTabular } from './tabular-export';
import { UNIT_EXPORT_COLUMNS, type UnitExportRow } from './unit-export-columns';

@ApiTags('exports')
@Controller('v1/exports')
export class ExportsController {
  constructor(
    private readonly unitsService: UnitsService,
    private readonly contactsService: ContactsService,
    private readonly requestsService: RequestsService,
  ) {}

  @Get('units')
  @AllowRoles('agent', 'unit', 'coordinator', 'ministry')
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'Every unit matching the filters, streamed',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 401, 403)
  async units(
    @Query() query: UnitExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const { format, ...filters } = query;
    const stream = await streamQuery(
      this.unitsService.filteredQuery(filters, accessScopeOf(actor.principal)),
    );
    await sendTabular<UnitExportRow>(
      response,
      { name: 'units', format, language: actor.principal.preferredLanguage },
      stream,
      (raw) => ({
        nameFi: String(raw['unit_name_fi']),
        nameSv: (raw['unit_name_sv'] as string | null) ?? null,
        businessId: String(raw['unit_business_id']),
        type: String(raw['unit_type']),
        municipalityCode: (raw['unit_municipality_code'] as string | null) ?? null,
        regionCode: String(raw['unit_region_code']),
        estimatedAnnualSpend: (raw['unit_estimated_annual_spend'] as string | null) ?? null,
        website: (raw['unit_website'] as string | null) ?? null,
        isActive: Boolean(raw['unit_is_active']),
      }),
      UNIT_EXPORT_COLUMNS,
    );
  }

  // Personal data: never for ministry users.
  @Get('contacts')
  @AllowRoles('agent', 'unit', 'coordinator')
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'Contact persons of the units in scope, streamed',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 401, 403)
  async contacts(
    @Query() query: ContactExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const stream = await streamQuery(
      this.contactsService.exportQuery(accessScopeOf(actor.principal), query.regionCode),
    );
    await sendTabular<ContactExportRow>(
      response,
      { name: 'contacts', format: query.format, language: actor.principal.preferredLanguage },
      stream,
      (raw) => ({
        unitName: String(raw['unit_name_fi']),
        businessId: String(raw['unit_business_id']),
        regionCode: String(raw['unit_region_code']),
        name: (raw['contact_name'] as string | null) ?? null,
        title: (raw['contact_title'] as string | null) ?? null,
        email: (raw['contact_email'] as string | null) ?? null,
        phone: (raw['contact_phone'] as string | null) ?? null,
        preferredLanguage: String(raw['contact_preferred_language']),
      }),
      CONTACT_EXPORT_COLUMNS,
    );
  }

  @Get('requests')
  @AllowRoles('agent', 'unit', 'coordinator')
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'Every request matching the filters (no requester data), streamed',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 401, 403)
  async requests(
    @Query() query: RequestExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const { format, ...filters } = query;
    const stream = await this.requestsService.exportRows(filters, requestScopeOf(actor.principal));
    const date = (value: unknown): Date | null => (value ? new Date(value as string | Date) : null);
    await sendTabular<RequestExportRow>(
      response,
      { name: 'requests', format, language: actor.principal.preferredLanguage },
      stream,
      (raw) => ({
        number: Number(raw['number']),
        title: String(raw['title']),
        status: String(raw['status']),
        urgency: String(raw['urgency']),
        source: String(raw['source']),
        unit: String(raw['unitName'] ?? raw['unitDescription'] ?? ''),
        regionCode: (raw['regionCode'] as string | null) ?? null,
        agent: (raw['agentName'] as string | null) ?? null,
        submittedAt: date(raw['submittedAt']) ?? new Date(0),
        firstResponseDueAt: date(raw['firstResponseDueAt']) ?? new Date(0),
        firstRespondedAt: date(raw['firstRespondedAt']),
        resolutionDueAt: date(raw['resolutionDueAt']) ?? new Date(0),
        resolvedAt: date(raw['resolvedAt']),
        rating: raw['rating'] === null ? null : Number(raw['rating']),
      }),
      REQUEST_EXPORT_COLUMNS,
    );
  }
}
