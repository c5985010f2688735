import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import type { ImportReportDto } from '../../core/api/generated/models/import-report-dto';
import { type ImportProgress, UnitImportApi } from './unit-import.api';

/** choose → (checking) → review → (importing) → done. */
export type ImportStep = 'choose' | 'checking' | 'review' | 'importing' | 'done';

interface UnitImportState {
  file: File | null;
  step: ImportStep;
  /** Bytes of the file sent so far while uploading; null when not uploading. */
  uploaded: { loaded: number; total: number | null } | null;
  /** The dry run's report: what the import would do. */
  report: ImportReportDto | null;
  /** The report of the real import. */
  result: ImportReportDto | null;
  problem: ApiProblem | null;
}

const INITIAL_STATE: UnitImportState = {
  file: null,
  step: 'choose',
  uploaded: null,
  report: null,
  result: null,
  problem: null,
};

/** The CSV import of units: a dry run first, then the real import only when the user asks for it. */
@Injectable()
export class UnitImportStore {
  private readonly api = inject(UnitImportApi);
  private readonly state = signal<UnitImportState>(INITIAL_STATE);
  private running: Subscription | null = null;

  readonly file = computed(() => this.state().file);
  readonly step = computed(() => this.state().step);
  readonly report = computed(() => this.state().report);
  readonly result = computed(() => this.state().result);
  readonly problem = computed(() => this.state().problem);
  readonly isBusy = computed(() => this.step() === 'checking' || this.step() === 'importing');
  /** Upload progress in per cent; null before the upload starts or when the size is unknown. */
  readonly uploadPercent = computed(() => {
    const uploaded = this.state().uploaded;
    if (!uploaded || !uploaded.total) {
      return null;
    }
    return Math.min(100, Math.round((uploaded.loaded / uploaded.total) * 100));
  });
  /** The file is sent and the server is reading it. */
  readonly isProcessing = computed(() => this.isBusy() && this.uploadPercent() === 100);
  /** Rows the import would write or keep: every row that is not rejected. */
  readonly validRowCount = computed(() => {
    const report = this.report();
    return report ? report.totalRows - report.units.reject : 0;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  /** A new file starts over; nothing has been sent yet. */
  chooseFile(file: File | null): void {
    this.cancelRunning();
    this.state.set({ ...INITIAL_STATE, file });
  }

  /** Sends the file with `dryRun=true`: the server reports what it would do and writes nothing. */
  checkFile(): void {
    const file = this.state().file;
    if (!file || this.isBusy()) {
      return;
    }
    this.run(file, true);
  }

  /** Imports the checked file for real (`dryRun=false`); only after a dry run with rows to import. */
  importFile(): void {
    const { file, report } = this.state();
    if (!file || !report || this.isBusy() || this.validRowCount() === 0) {
      return;
    }
    this.run(file, false);
  }

  reset(): void {
    this.chooseFile(null);
  }

  private run(file: File, isDryRun: boolean): void {
    this.cancelRunning();
    const busyStep: ImportStep = isDryRun ? 'checking' : 'importing';
    const stepBefore = this.state().step;
    this.patch({ step: busyStep, uploaded: null, problem: null });
    this.running = this.api.upload(file, isDryRun).subscribe({
      next: (progress: ImportProgress) => {
        if (progress.kind === 'uploading') {
          this.patch({ uploaded: { loaded: progress.loaded, total: progress.total } });
        } else if (isDryRun) {
          this.patch({ step: 'review', uploaded: null, report: progress.report });
        } else {
          this.patch({ step: 'done', uploaded: null, result: progress.report });
        }
      },
      error: (error: unknown) =>
        this.patch({ step: stepBefore, uploaded: null, problem: toApiProblem(error) }),
    });
  }

  private cancelRunning(): void {
    this.running?.unsubscribe();
    this.running = null;
  }

  private patch(changes: Partial<UnitImportState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }
}
