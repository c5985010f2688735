import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { CONTENT_TYPES, writeTabular } from '../exports/tabular-export';
import { RegionCodeParamDto } from '../regions/dto/region-code-param.dto';
import { helsinkiDate } from '../common/time/helsinki-date';
import { DashboardsService } from './dashboards.service';
import { AgentDashboardDto, AgentDashboardQueryDto } from './dto/agent-dashboard.dto';
import { CoordinatorDashboardDto } from './dto/coordinator-dashboard.dto';
import { NationalDashboardDto, RegionDashboardDto } from './dto/national-dashboard.dto';
import { NationalExportQueryDto, PeriodQueryDto } from './dto/period-query.dto';
import { NATIONAL_EXPORT_COLUMNS } from './national-export-columns';

/** Workload and coverage figures (SPEC §4); aggregates only for ministry users. */
@ApiTags('dashboards')
@Controller('v1/dashboards')
export class DashboardsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Get('agent')
  @AllowRoles('agent', 'coordinator')
  @ApiOkResponse({
    type: AgentDashboardDto,
    description: "The caller's workload, or an agent's for coordinators",
  })
  @ApiProblemResponses(400, 401, 403, 404)
  agent(@Query() query: AgentDashboardQueryDto, @CurrentActor() actor: Actor): Promise<AgentDashboardDto> {
    return this.dashboards.agent(actor.principal, query.agentId);
  }

  @Get('national')
  @AllowRoles('ministry', 'coordinator')
  @ApiOkResponse({ type: NationalDashboardDto })
  @ApiProblemResponses(400, 401, 403)
  national(@Query() query: PeriodQueryDto, @CurrentActor() actor: Actor): Promise<NationalDashboardDto> {
    return this.dashboards.national(actor.principal, query);
  }

  @Get('national/export')
  @AllowRoles('ministry', 'coordinator')
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: "The per-region figures and the country's totals, in the caller's language",
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 401, 403)
  async nationalExport(
    @Query() query: NationalExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const { format, ...period } = query;
    const language = actor.principal.preferredLanguage;
    const rows = await this.dashboards.nationalExportRows(actor.principal, period, language);
    response.setHeader('Content-Type', CONTENT_TYPES[format]);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="national-coverage-${helsinkiDate()}.${format}"`,
    );
    await writeTabular(
      (async function* () {
        yield* rows;
      })(),
      NATIONAL_EXPORT_COLUMNS,
      format,
      language,
      response,
    );
  }

  @Get('regions/:code')
  @AllowRoles('ministry', 'coordinator', 'agent')
  @ApiOkResponse({ type: RegionDashboardDto })
  @ApiProblemResponses(400, 401, 403, 404)
  region(
    @Param() { code }: RegionCodeParamDto,
    @Query() query: PeriodQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<RegionDashboardDto> {
    return this.dashboards.region(actor.principal, code, query);
  }

  @Get('coordinators')
  @AllowRoles('coordinator')
  @ApiOkResponse({ type: CoordinatorDashboardDto })
  @ApiProblemResponses(401, 403)
  coordinators(): Promise<CoordinatorDashboardDto> {
    return this.dashboards.coordinators();
  }
}
