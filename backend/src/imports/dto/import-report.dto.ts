import { ApiProperty } from '@nestjs/swagger';

export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'reject'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export class ImportCellErrorDto {
  @ApiProperty({ example: 'Y-tunnus', description: 'The column as named in the file' })
  column: string;

  @ApiProperty({ example: 'not a valid Finnish business ID' })
  message: string;
}

export class ImportRowDto {
  @ApiProperty({ example: 2, description: 'Line in the file (the header is line 1)' })
  row: number;

  @ApiProperty({ enum: IMPORT_ACTIONS })
  action: ImportAction;

  @ApiProperty({
    enum: ['create', 'update', 'unchanged', 'none'],
    description: 'What happens to the contact on the row',
  })
  contactAction: 'create' | 'update' | 'unchanged' | 'none';

  @ApiProperty({ type: String, nullable: true })
  businessId: string | null;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ type: [ImportCellErrorDto] })
  errors: ImportCellErrorDto[];
}

export class ImportCountsDto {
  @ApiProperty()
  create: number;

  @ApiProperty()
  update: number;

  @ApiProperty()
  unchanged: number;

  @ApiProperty()
  reject: number;
}

export class ImportReportDto {
  @ApiProperty({ description: 'true: nothing was written' })
  dryRun: boolean;

  @ApiProperty({ enum: ['utf-8', 'windows-1252'] })
  encoding: string;

  @ApiProperty({ example: ';' })
  delimiter: string;

  @ApiProperty()
  totalRows: number;

  @ApiProperty({ type: ImportCountsDto, description: 'Units by action' })
  units: ImportCountsDto;

  @ApiProperty({
    type: ImportCountsDto,
    description: 'Contacts by action (reject: rows rejected as a whole)',
  })
  contacts: ImportCountsDto;

  @ApiProperty({ type: [String], description: 'Columns the import does not know (ignored)' })
  ignoredColumns: string[];

  @ApiProperty({ type: [ImportRowDto] })
  rows: ImportRowDto[];
}
