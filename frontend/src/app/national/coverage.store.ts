import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { dashboardsNational } from '../core/api/generated/fn/dashboards/dashboards-national';
import { dashboardsRegion } from '../core/api/generated/fn/dashboards/dashboards-region';
import type { NationalDashboardDto } from '../core/api/generated/models/national-dashboard-dto';
import type { RegionDashboardDto } from '../core/api/generated/models/region-dashboard-dto';
import { type RegionFeatureCollection, RegionShapes } from '../regions/region-shapes';
import type { Period } from './coverage-period';

/** Why a dashboard is not shown: no such region, not the caller's to see, or anything else. */
export type CoverageLoadError = 'notFound' | 'forbidden' | 'failed';

interface CoverageState {
  national: NationalDashboardDto | null;
  region: RegionDashboardDto | null;
  isLoading: boolean;
  error: CoverageLoadError | null;
}

const INITIAL_STATE: CoverageState = { national: null, region: null, isLoading: false, error: null };

function loadError(error: unknown): CoverageLoadError {
  if (error instanceof HttpErrorResponse && error.status === 404) {
    return 'notFound';
  }
  return error instanceof HttpErrorResponse && error.status === 403 ? 'forbidden' : 'failed';
}

/**
 * The figures of one coverage page: the nation's or a region's for a period, and the map's shapes. A page
 * provides its own store; a new period replaces what was shown, and only the newest answer counts.
 */
@Injectable()
export class CoverageStore {
  private readonly api = inject(Api);
  private readonly regionShapes = inject(RegionShapes);
  private readonly state = signal<CoverageState>(INITIAL_STATE);
  private readonly shapeState = signal<{ shapes: RegionFeatureCollection | null; hasError: boolean }>({
    shapes: null,
    hasError: false,
  });
  private loading: Subscription | null = null;
  private shapesLoading: Subscription | null = null;

  readonly national = computed(() => this.state().national);
  readonly region = computed(() => this.state().region);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly error = computed(() => this.state().error);
  readonly shapes = computed(() => this.shapeState().shapes);
  readonly hasShapesError = computed(() => this.shapeState().hasError);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.loading?.unsubscribe();
      this.shapesLoading?.unsubscribe();
    });
  }

  loadNational(period: Period): void {
    this.load(this.api.invoke(dashboardsNational, { from: period.from, to: period.to }), (national) => ({
      national,
    }));
  }

  loadRegion(code: string, period: Period): void {
    this.load(this.api.invoke(dashboardsRegion, { code, from: period.from, to: period.to }), (region) => ({
      region,
    }));
  }

  /** Loads the regions' boundaries unless they are loaded or loading; after an error it tries again. */
  loadShapes(): void {
    if (this.shapeState().shapes || this.shapesLoading?.closed === false) {
      return;
    }
    this.shapeState.set({ shapes: null, hasError: false });
    this.shapesLoading = this.regionShapes.load().subscribe({
      next: (shapes) => this.shapeState.set({ shapes, hasError: false }),
      error: () => this.shapeState.set({ shapes: null, hasError: true }),
    });
  }

  private load<T>(request: Observable<T>, toState: (answer: T) => Partial<CoverageState>): void {
    this.loading?.unsubscribe();
    this.state.set({ ...INITIAL_STATE, isLoading: true });
    this.loading = request.subscribe({
      next: (answer) => this.state.set({ ...INITIAL_STATE, ...toState(answer) }),
      error: (error: unknown) => this.state.set({ ...INITIAL_STATE, error: loadError(error) }),
    });
  }
}
