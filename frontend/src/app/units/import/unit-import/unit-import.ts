import { DOCUMENT, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { generalProblemKey } from '../../../core/api/api-problem';
import type { ImportCountsDto } from '../../../core/api/generated/models/import-counts-dto';
import type { ImportRowDto } from '../../../core/api/generated/models/import-row-dto';
import { LanguageService } from '../../../core/i18n/language-service';
import { saveFile } from '../../save-file';
import { buildErrorReportCsv } from '../import-error-report';
import { UnitImportStore } from '../unit-import.store';

type RowFilter = 'all' | 'rejected';

const ACTIONS: readonly (keyof ImportCountsDto)[] = ['create', 'update', 'unchanged', 'reject'];
const ROW_PAGE_SIZES = [50, 100, 250];
const STEPS = ['choose', 'review', 'done'] as const;

interface ImportColumn {
  /** Header names as the file may have them; they are not translated. */
  finnish: string;
  english: string;
  /** Translation key of what the column holds. */
  contentKey: string;
}

// The canonical header names (backend/src/imports/unit-import-columns.ts accepts a few more spellings).
const IMPORT_COLUMNS: readonly ImportColumn[] = [
  ['Nimi', 'Name', 'nameFi'],
  ['Nimi ruotsiksi', 'Name (sv)', 'nameSv'],
  ['Y-tunnus', 'Business ID', 'businessId'],
  ['Tyyppi', 'Type', 'type'],
  ['Kunta', 'Municipality', 'municipality'],
  ['Maakunta', 'Region', 'region'],
  ['Hankintavolyymi', 'Estimated annual spend', 'spend'],
  ['Verkkosivu', 'Website', 'website'],
  ['Aktiivinen', 'Active', 'isActive'],
  ['Yhteyshenkilö', 'Contact name', 'contactName'],
  ['Sähköposti', 'Email', 'contactEmail'],
  ['Puhelin', 'Phone', 'contactPhone'],
  ['Nimike', 'Title', 'contactTitle'],
  ['Kieli', 'Language', 'contactLanguage'],
].map(([finnish, english, field]) => ({
  finnish: finnish ?? '',
  english: english ?? '',
  contentKey: `units.import.columns.${field}`,
}));

/** `/units/import`: CSV import of units and contacts, checked in a dry run before anything is written. */
@Component({
  selector: 'crm-unit-import',
  templateUrl: './unit-import.html',
  styleUrl: './unit-import.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A new import every visit; the upload client (UnitImportApi) comes from the route.
  providers: [UnitImportStore],
  imports: [
    DecimalPipe,
    MatAnchor,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCell,
    MatCellDef,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatPaginator,
    MatProgressBar,
    MatRow,
    MatRowDef,
    MatTable,
    RouterLink,
    TranslocoPipe,
  ],
})
export class UnitImport {
  private readonly store = inject(UnitImportStore);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly actions = ACTIONS;
  protected readonly importColumns = IMPORT_COLUMNS;
  protected readonly steps = STEPS;
  protected readonly rowPageSizes = ROW_PAGE_SIZES;
  protected readonly columns = ['row', 'action', 'businessId', 'name', 'errors'];
  protected readonly file = this.store.file;
  protected readonly step = this.store.step;
  protected readonly report = this.store.report;
  protected readonly result = this.store.result;
  protected readonly problem = this.store.problem;
  protected readonly isBusy = this.store.isBusy;
  protected readonly isProcessing = this.store.isProcessing;
  protected readonly uploadPercent = this.store.uploadPercent;
  protected readonly validRowCount = this.store.validRowCount;
  protected readonly rowFilter = signal<RowFilter>('all');
  protected readonly rowPage = signal({ index: 0, size: ROW_PAGE_SIZES[0] ?? 50 });
  /** The step shown as current in the step list. */
  protected readonly currentStep = computed(() => {
    const step = this.step();
    return step === 'choose' || step === 'checking' ? 'choose' : step === 'done' ? 'done' : 'review';
  });
  protected readonly filteredRows = computed<readonly ImportRowDto[]>(() => {
    const rows = this.report()?.rows ?? [];
    return this.rowFilter() === 'rejected' ? rows.filter((row) => row.action === 'reject') : rows;
  });
  // A page of rows at a time keeps a report of 10 000 rows quick to show and to read with a screen reader.
  protected readonly visibleRows = computed(() => {
    const { index, size } = this.rowPage();
    return this.filteredRows().slice(index * size, (index + 1) * size);
  });
  protected readonly rejectedCount = computed(() => this.report()?.units.reject ?? 0);
  protected readonly problemKey = computed(() => {
    const problem = this.problem();
    if (!problem) {
      return null;
    }
    if (problem.status === 413) {
      return 'units.import.tooLarge';
    }
    return problem.status === 400 ? 'units.import.unreadable' : generalProblemKey(problem);
  });

  protected chooseFile(input: HTMLInputElement): void {
    this.store.chooseFile(input.files?.item(0) ?? null);
    this.resetRows();
  }

  protected checkFile(): void {
    this.resetRows();
    this.store.checkFile();
  }

  protected importFile(): void {
    this.store.importFile();
  }

  protected startOver(input: HTMLInputElement | null): void {
    if (input) {
      input.value = '';
    }
    this.store.reset();
    this.resetRows();
  }

  protected setRowFilter(value: unknown): void {
    this.rowFilter.set(value === 'rejected' ? 'rejected' : 'all');
    this.rowPage.update((page) => ({ ...page, index: 0 }));
  }

  protected pageRows(event: PageEvent): void {
    this.rowPage.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected downloadErrorReport(): void {
    const report = this.report();
    if (!report) {
      return;
    }
    const heading = (key: string): string => this.transloco.translate(`units.import.report.${key}`);
    const csv = buildErrorReportCsv(report.rows, {
      row: heading('row'),
      businessId: heading('businessId'),
      name: heading('name'),
      column: heading('column'),
      message: heading('message'),
    });
    const baseName = this.file()?.name.replace(/\.[^.]*$/, '') ?? 'import';
    saveFile(this.document, new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${baseName}-errors.csv`);
  }

  protected actionKey(action: string): string {
    return `units.import.actions.${action}`;
  }

  protected stepIndex(step: (typeof STEPS)[number]): number {
    return STEPS.indexOf(step) + 1;
  }

  private resetRows(): void {
    this.rowFilter.set('all');
    this.rowPage.update((page) => ({ ...page, index: 0 }));
  }
}
