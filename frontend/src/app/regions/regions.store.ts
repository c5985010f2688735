import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { forkJoin } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { regionsList } from '../core/api/generated/fn/reference-data/regions-list';
import type { RegionDto } from '../core/api/generated/models/region-dto';
import { type RegionFeatureCollection, RegionShapes } from './region-shapes';

interface RegionsState {
  regions: readonly RegionDto[];
  shapes: RegionFeatureCollection | null;
  isLoading: boolean;
  hasError: boolean;
}

const INITIAL_STATE: RegionsState = { regions: [], shapes: null, isLoading: false, hasError: false };

/** Regions and their map shapes, loaded once per visit of the feature. */
@Injectable()
export class RegionsStore {
  private readonly api = inject(Api);
  private readonly regionShapes = inject(RegionShapes);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<RegionsState>(INITIAL_STATE);

  readonly regions = computed(() => this.state().regions);
  readonly shapes = computed(() => this.state().shapes);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly hasError = computed(() => this.state().hasError);
  readonly isLoaded = computed(() => this.state().shapes !== null);

  /** Loads the data unless it is loaded or loading; after an error it tries again. */
  load(): void {
    const { isLoading, shapes } = this.state();
    if (isLoading || shapes) {
      return;
    }
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    // All 19 regions fit on one page.
    forkJoin({ page: this.api.invoke(regionsList, { pageSize: 100 }), shapes: this.regionShapes.load() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ page, shapes: loadedShapes }) =>
          this.state.set({ regions: page.items, shapes: loadedShapes, isLoading: false, hasError: false }),
        error: () => this.state.update((state) => ({ ...state, isLoading: false, hasError: true })),
      });
  }
}
