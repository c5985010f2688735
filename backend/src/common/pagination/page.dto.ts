import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A named response class `<Item>Page` for the OpenAPI document, e.g. `PageOf(RegionDto, 'RegionPage')`. */
export function PageOf<T>(itemType: Type<T>, name: string): Type<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ type: [itemType] })
    items: T[];

    @ApiProperty({ example: 19 })
    total: number;

    @ApiProperty({ example: 1 })
    page: number;

    @ApiProperty({ example: 50 })
    pageSize: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
