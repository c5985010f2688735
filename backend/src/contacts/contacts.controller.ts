import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { accessScopeOf } from '../common/auth/access-scope';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { ContactsService } from './contacts.service';
import {
  ContactDto,
  ContactPageDto,
  CreateContactDto,
  PersonalDataExportDto,
  UpdateContactDto,
} from './dto/contact.dto';

// Contacts are personal data: never for ministry users.
@ApiTags('contacts')
@Controller('v1')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get('units/:id/contacts')
  @AllowRoles('agent', 'coordinator', 'unit')
  @ApiOkResponse({ type: ContactPageDto })
  @ApiProblemResponses(400, 401, 403, 404)
  list(
    @Param() { id }: UuidParamDto,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ContactDto>> {
    return this.contacts.listForUnit(id, query, accessScopeOf(actor.principal));
  }

  @Post('units/:id/contacts')
  @AllowRoles('agent', 'coordinator')
  @ApiCreatedResponse({ type: ContactDto })
  @ApiProblemResponses(400, 401, 403, 404)
  create(
    @Param() { id }: UuidParamDto,
    @Body() body: CreateContactDto,
    @CurrentActor() actor: Actor,
  ): Promise<ContactDto> {
    return this.contacts.create(id, body, actor, accessScopeOf(actor.principal));
  }

  @Patch('contacts/:id')
  @AllowRoles('agent', 'coordinator')
  @ApiOkResponse({ type: ContactDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateContactDto,
    @CurrentActor() actor: Actor,
  ): Promise<ContactDto> {
    return this.contacts.update(id, body, actor, accessScopeOf(actor.principal));
  }

  @Delete('contacts/:id')
  @AllowRoles('agent', 'coordinator')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 401, 403, 404)
  remove(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.contacts.remove(id, actor, accessScopeOf(actor.principal));
  }

  @Get('contacts/:id/personal-data')
  @AllowRoles('coordinator')
  @ApiOkResponse({ type: PersonalDataExportDto })
  @ApiProblemResponses(400, 401, 403, 404)
  exportPersonalData(
    @Param() { id }: UuidParamDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataExportDto> {
    return this.contacts.exportPersonalData(id, actor, accessScopeOf(actor.principal));
  }

  @Post('contacts/:id/erase')
  @AllowRoles('coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: ContactDto })
  @ApiProblemResponses(400, 401, 403, 404)
  erase(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<ContactDto> {
    return this.contacts.erase(id, actor, accessScopeOf(actor.principal));
  }
}
