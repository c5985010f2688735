import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import type { Page } from '../common/pagination/page.dto';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { UserDto, UserPageDto } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './dto/user-requests.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('v1/users')
@AllowRoles('coordinator')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblemResponses(400, 401, 403)
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblemResponses(400, 401, 403, 409)
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.create(body, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiProblemResponses(400, 401, 403, 404)
  get(@Param() { id }: UuidParamDto): Promise<UserDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param() { id }: UuidParamDto,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return this.users.update(id, body, actor);
  }

  @Post(':id/password-setup')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'A new one-time link was issued (written to the server log)' })
  @ApiProblemResponses(400, 401, 403, 404)
  issuePasswordSetup(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.users.issuePasswordSetup(id, actor);
  }
}
