import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/access.decorators';
import { ApiProblemResponses } from '../common/openapi/api-problem-responses.decorator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import type { Page } from '../common/pagination/page.dto';
import { type ThemeDto, ThemePageDto } from './dto/theme.dto';
import { ThemesService } from './themes.service';

@ApiTags('reference data')
@Controller('v1/themes')
@Public()
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Get()
  @ApiOkResponse({ type: ThemePageDto })
  @ApiProblemResponses(400)
  list(@Query() query: PageQueryDto): Promise<Page<ThemeDto>> {
    return this.themes.list(query);
  }
}
