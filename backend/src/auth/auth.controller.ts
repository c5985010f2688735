import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../common/auth/access.decorators';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { UuidParamDto } from '../common/validation/uuid-param.dto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import {
  ApiTokenDto,
  ChangePasswordDto,
  CreateApiTokenDto,
  CreatedApiTokenDto,
  LoginDto,
  MeDto,
  PasswordSetupDto,
  UpdateMeDto,
} from './dto/auth.dto';
import { clearSessionCookies, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Signed in; the session and XSRF-TOKEN cookies are set' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  @ApiProblemResponses(400, 401, 429)
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeDto> {
    const { session, userId } = await this.auth.login(body.email, body.password, request.ip ?? 'unknown');
    setSessionCookies(response, this.config, session);
    return this.auth.me(userId);
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked' })
  @ApiProblemResponses(401, 403)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(actor.principal);
    clearSessionCookies(response, this.config);
  }

  @Get('me')
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  @ApiProblemResponses(401)
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor.principal.userId);
  }

  @Patch('me')
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  @ApiProblemResponses(400, 401, 403)
  updateMe(@Body() body: UpdateMeDto, @CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.updateMe(body, actor);
  }

  @Post('password')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended' })
  @ApiProblemResponses(400, 401, 403)
  changePassword(@Body() body: ChangePasswordDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.changePassword(body.currentPassword, body.newPassword, actor);
  }

  @Post('password-setup')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is set; sign in with it' })
  @ApiProblemResponses(400)
  setUpPassword(@Body() body: PasswordSetupDto, @Req() request: Request): Promise<void> {
    return this.auth.setUpPassword(body.token, body.password, request.id ? String(request.id) : null);
  }

  @Get('tokens')
  @SignedIn()
  @ApiOkResponse({ type: [ApiTokenDto] })
  @ApiProblemResponses(401)
  listTokens(@CurrentActor() actor: Actor): Promise<ApiTokenDto[]> {
    return this.auth.listTokens(actor.principal.userId);
  }

  @Post('tokens')
  @SignedIn()
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  @ApiProblemResponses(400, 401, 403)
  createToken(@Body() body: CreateApiTokenDto, @CurrentActor() actor: Actor): Promise<CreatedApiTokenDto> {
    return this.auth.createToken(body.name, body.expiresInDays, actor);
  }

  @Delete('tokens/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 401, 403, 404)
  revokeToken(@Param() { id }: UuidParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.revokeToken(id, actor);
  }
}
