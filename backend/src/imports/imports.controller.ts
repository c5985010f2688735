import { Controller, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { AllowRoles } from '../common/auth/access.decorators';
import { accessScopeOf } from '../common/auth/access-scope';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/auth/principal';
import { ValidationFailedError } from '../common/errors/domain-error';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { ImportReportDto } from './dto/import-report.dto';
import { UnitImportService } from './unit-import.service';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class ImportQueryDto {
  @ApiPropertyOptional({ default: true, description: 'true: report only, write nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun: boolean = true;
}

@ApiTags('imports')
@Controller('v1/imports')
export class ImportsController {
  constructor(private readonly units: UnitImportService) {}

  @Post('units')
  @HttpCode(200)
  @AllowRoles('agent', 'coordinator')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'CSV: UTF-8 or Windows-1252, ; or ,' },
      },
    },
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiProblemResponses(400, 401, 403)
  importUnits(
    @Query() query: ImportQueryDto,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ImportReportDto> {
    if (!file || file.size === 0) {
      throw new ValidationFailedError([
        { field: 'file', code: 'required', message: 'Attach a CSV file as "file"' },
      ]);
    }
    return this.units.importUnits(file.buffer, query.dryRun, actor, accessScopeOf(actor.principal));
  }
}
