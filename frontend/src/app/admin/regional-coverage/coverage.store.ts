import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { assignmentsList } from '../../core/api/generated/fn/assignments/assignments-list';
import type { AssignmentDto } from '../../core/api/generated/models/assignment-dto';
import { RegionDirectory } from '../region-directory';

export interface RegionTimeline {
  code: string;
  name: string;
  /** Newest first, as the API returns them. */
  assignments: readonly AssignmentDto[];
  current: AssignmentDto | null;
}

interface CoverageState {
  assignmentsByRegion: ReadonlyMap<string, readonly AssignmentDto[]>;
  isLoading: boolean;
  hasError: boolean;
}

// A region's whole history fits on one page: one agent at a time, a few changes a year.
const TIMELINE_PAGE_SIZE = 100;

/** Who covered each region when: the timeline of every region's agent assignments. */
@Injectable()
export class CoverageStore {
  private readonly api = inject(Api);
  private readonly regionDirectory = inject(RegionDirectory);
  private readonly state = signal<CoverageState>({
    assignmentsByRegion: new Map(),
    isLoading: false,
    hasError: false,
  });

  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  readonly timelines = computed<readonly RegionTimeline[]>(() => {
    const byRegion = this.state().assignmentsByRegion;
    return this.regionDirectory.options().map(({ code, name }) => {
      const assignments = byRegion.get(code) ?? [];
      return {
        code,
        name,
        assignments,
        current: assignments.find((assignment) => assignment.isCurrent) ?? null,
      };
    });
  });
  readonly uncoveredCount = computed(
    () => this.timelines().filter((timeline) => timeline.current === null).length,
  );

  async load(): Promise<void> {
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    await this.regionDirectory.load();
    const codes = this.regionDirectory.regions().map((region) => region.code);
    if (codes.length === 0) {
      this.state.update((state) => ({ ...state, isLoading: false, hasError: true }));
      return;
    }
    try {
      const pages = await firstValueFrom(
        forkJoin(
          codes.map((regionCode) =>
            this.api.invoke(assignmentsList, { regionCode, pageSize: TIMELINE_PAGE_SIZE }),
          ),
        ),
      );
      this.state.set({
        assignmentsByRegion: new Map(codes.map((code, index) => [code, pages[index].items])),
        isLoading: false,
        hasError: false,
      });
    } catch {
      this.state.update((state) => ({ ...state, isLoading: false, hasError: true }));
    }
  }
}
