import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { RatingDto } from './dto/request-commands.dto';
import {
  PublicCancelDto,
  PublicReplyDto,
  PublicRequestReceiptDto,
  PublicRequestStatusDto,
  PublicRequestSubmissionDto,
  PublicUnitDto,
  PublicUnitSearchQueryDto,
  StatusTokenParamDto,
} from './dto/public-request.dto';
import { PublicRequestsService } from './public-requests.service';

/** The public request form and the requester's private status link: no account needed. */
@ApiTags('public requests')
@Controller('v1/public')
@Public()
export class PublicRequestsController {
  constructor(private readonly publicRequests: PublicRequestsService) {}

  @Post('requests')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A unique key per submission (e.g. a UUID): a retried submit returns the first result',
  })
  @ApiCreatedResponse({ type: PublicRequestReceiptDto, description: 'Received; the status link is emailed' })
  @ApiOkResponse({ type: PublicRequestReceiptDto, description: 'A retry of an earlier submit (same key)' })
  @ApiProblemResponses(400, 422, 429)
  async submit(
    @Body() body: PublicRequestSubmissionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PublicRequestReceiptDto> {
    const { receipt, replayed } = await this.publicRequests.submit(
      body,
      request.ip ?? 'unknown',
      idempotencyKey,
    );
    if (replayed) {
      response.status(200).setHeader('Idempotent-Replayed', 'true');
    }
    return receipt;
  }

  @Get('units')
  @ApiOkResponse({ type: [PublicUnitDto], description: 'Active units matching the name or business ID' })
  @ApiProblemResponses(400)
  searchUnits(@Query() { q }: PublicUnitSearchQueryDto): Promise<PublicUnitDto[]> {
    return this.publicRequests.searchUnits(q);
  }

  @Get('requests/status/:token')
  @ApiOkResponse({ type: PublicRequestStatusDto })
  @ApiProblemResponses(400, 404)
  status(@Param() { token }: StatusTokenParamDto): Promise<PublicRequestStatusDto> {
    return this.publicRequests.status(token);
  }

  @Post('requests/status/:token/replies')
  @HttpCode(200)
  @ApiOkResponse({ type: PublicRequestStatusDto })
  @ApiProblemResponses(400, 404, 409)
  reply(
    @Param() { token }: StatusTokenParamDto,
    @Body() body: PublicReplyDto,
  ): Promise<PublicRequestStatusDto> {
    return this.publicRequests.reply(token, body);
  }

  @Post('requests/status/:token/cancellation')
  @HttpCode(200)
  @ApiOkResponse({ type: PublicRequestStatusDto })
  @ApiProblemResponses(400, 404, 409)
  cancel(
    @Param() { token }: StatusTokenParamDto,
    @Body() body: PublicCancelDto,
  ): Promise<PublicRequestStatusDto> {
    return this.publicRequests.cancel(token, body);
  }

  @Post('requests/status/:token/rating')
  @HttpCode(200)
  @ApiOkResponse({ type: PublicRequestStatusDto })
  @ApiProblemResponses(400, 404, 409)
  rate(@Param() { token }: StatusTokenParamDto, @Body() body: RatingDto): Promise<PublicRequestStatusDto> {
    return this.publicRequests.rate(token, body);
  }
}
