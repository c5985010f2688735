import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's labels in the interface language, following language changes. */
@Injectable()
export class LocalizedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslateObject<Record<string, string>>('paginator')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((labels) => {
        this.itemsPerPageLabel = labels['itemsPerPage'] ?? this.itemsPerPageLabel;
        this.nextPageLabel = labels['nextPage'] ?? this.nextPageLabel;
        this.previousPageLabel = labels['previousPage'] ?? this.previousPageLabel;
        this.firstPageLabel = labels['firstPage'] ?? this.firstPageLabel;
        this.lastPageLabel = labels['lastPage'] ?? this.lastPageLabel;
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) {
      return this.transloco.translate('paginator.empty');
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { start, end, length });
  };
}
