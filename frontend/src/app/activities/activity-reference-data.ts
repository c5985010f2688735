import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { agentsList } from '../core/api/generated/fn/agents/agents-list';
import { themesList } from '../core/api/generated/fn/reference-data/themes-list';
import { unitsGet } from '../core/api/generated/fn/units/units-get';
import type { ActivityUnitDto } from '../core/api/generated/models/activity-unit-dto';
import type { AgentDto } from '../core/api/generated/models/agent-dto';
import type { ThemeDto } from '../core/api/generated/models/theme-dto';
import { LanguageService } from '../core/i18n/language-service';

export interface ThemeOption {
  code: string;
  name: string;
}

export interface AgentOption {
  userId: string;
  name: string;
}

/** Loads once; after a failure the next call tries again. */
function once<T>(load: () => Promise<T>, keep: (value: T) => void): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => {
    loading ??= load().then(keep, () => {
      loading = null;
    });
    return loading;
  };
}

/**
 * Themes, agents and unit names for the advice log. Application-wide, as the quick-log dialog opens on any
 * page: what it loads once serves every later opening and the log pages.
 */
@Injectable({ providedIn: 'root' })
export class ActivityReferenceData {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly themes = signal<readonly ThemeDto[]>([]);
  private readonly agents = signal<readonly AgentDto[]>([]);
  private readonly units = new Map<string, Promise<ActivityUnitDto | null>>();

  /** Themes in the server's order (the taxonomy's own). */
  readonly themeOptions = computed<readonly ThemeOption[]>(() => {
    const language = this.language();
    return this.themes().map((theme) => ({ code: theme.code, name: theme.labels[language] }));
  });
  /** `themeName()('circular_economy')` → "Kiertotalous"; the code itself until the names are loaded. */
  readonly themeName = computed(() => {
    const names = new Map(this.themeOptions().map((option) => [option.code, option.name]));
    return (code: string): string => names.get(code) ?? code;
  });
  /** Active agents by name. */
  readonly agentOptions = computed<readonly AgentOption[]>(() => {
    const language = this.language();
    return this.agents()
      .map((agent) => ({ userId: agent.userId, name: agent.displayName }))
      .sort((first, second) => first.name.localeCompare(second.name, language));
  });

  readonly loadThemes = once(
    () => firstValueFrom(this.api.invoke(themesList, { pageSize: 100 })),
    (page) => this.themes.set(page.items),
  );
  /** Coordinators only: the API refuses the agents list to everybody else. */
  readonly loadAgents = once(
    () => firstValueFrom(this.api.invoke(agentsList, { pageSize: 100, isActive: true })),
    (page) => this.agents.set(page.items),
  );

  /** One unit by id, as an activity names it; null when it cannot be loaded (gone, or out of scope). */
  unit(id: string): Promise<ActivityUnitDto | null> {
    let found = this.units.get(id);
    if (!found) {
      found = firstValueFrom(this.api.invoke(unitsGet, { id })).then(
        (unit) => ({ id: unit.id, nameFi: unit.nameFi, nameSv: unit.nameSv, regionCode: unit.regionCode }),
        () => {
          this.units.delete(id);
          return null;
        },
      );
      this.units.set(id, found);
    }
    return found;
  }
}

/** A unit's name in the interface language: Swedish when it has one and the interface is Swedish. */
export function activityUnitName(unit: Pick<ActivityUnitDto, 'nameFi' | 'nameSv'>, language: string): string {
  return (language === 'sv' && unit.nameSv) || unit.nameFi;
}
