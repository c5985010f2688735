import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/generated/api';
import { agentsList } from '../core/api/generated/fn/agents/agents-list';
import { cpvDivisionsList } from '../core/api/generated/fn/reference-data/cpv-divisions-list';
import { regionsList } from '../core/api/generated/fn/reference-data/regions-list';
import { themesList } from '../core/api/generated/fn/reference-data/themes-list';
import { unitsGet } from '../core/api/generated/fn/units/units-get';
import type { AgentDto } from '../core/api/generated/models/agent-dto';
import type { CpvDivisionDto } from '../core/api/generated/models/cpv-division-dto';
import type { RegionDto } from '../core/api/generated/models/region-dto';
import type { ThemeDto } from '../core/api/generated/models/theme-dto';
import type { UnitDto } from '../core/api/generated/models/unit-dto';
import { LanguageService } from '../core/i18n/language-service';

export interface Option {
  code: string;
  name: string;
}

export interface AgentOption {
  userId: string;
  name: string;
  /** The agent's current regions, named. */
  regions: string;
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

/** Reference data of the requests screens (regions, themes, CPV divisions, agents), loaded once per visit. */
@Injectable()
export class RequestReferenceData {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService).language;
  private readonly regions = signal<readonly RegionDto[]>([]);
  private readonly themes = signal<readonly ThemeDto[]>([]);
  private readonly cpvDivisions = signal<readonly CpvDivisionDto[]>([]);
  private readonly agents = signal<readonly AgentDto[]>([]);
  private readonly units = new Map<string, Promise<UnitDto | null>>();

  /** Regions named in the interface language, in alphabetical order. */
  readonly regionOptions = computed<readonly Option[]>(() => {
    const language = this.language();
    return this.regions()
      .map((region) => ({ code: region.code, name: region.names[language] }))
      .sort((first, second) => first.name.localeCompare(second.name, language));
  });
  /** `regionName()('01')` → "Uusimaa"; the code itself until the names are loaded. */
  readonly regionName = computed(() => {
    const names = new Map(this.regionOptions().map((option) => [option.code, option.name]));
    return (code: string): string => names.get(code) ?? code;
  });
  /** Themes in the server's order (the taxonomy's own). */
  readonly themeOptions = computed<readonly Option[]>(() => {
    const language = this.language();
    return this.themes().map((theme) => ({ code: theme.code, name: theme.labels[language] }));
  });
  readonly themeName = computed(() => {
    const names = new Map(this.themeOptions().map((option) => [option.code, option.name]));
    return (code: string): string => names.get(code) ?? code;
  });
  /** CPV divisions as "45 Construction work", in code order. */
  readonly cpvOptions = computed<readonly Option[]>(() => {
    const language = this.language();
    return this.cpvDivisions().map((division) => ({
      code: division.code,
      name: `${division.code} ${division.labels[language]}`,
    }));
  });
  readonly cpvName = computed(() => {
    const names = new Map(this.cpvOptions().map((option) => [option.code, option.name]));
    return (code: string): string => names.get(code) ?? code;
  });
  /** Active agents by name, with the regions they cover today. */
  readonly agentOptions = computed<readonly AgentOption[]>(() => {
    const regionName = this.regionName();
    const language = this.language();
    return this.agents()
      .map((agent) => ({
        userId: agent.userId,
        name: agent.displayName,
        regions: agent.regionCodes.map(regionName).join(', '),
      }))
      .sort((first, second) => first.name.localeCompare(second.name, language));
  });

  readonly loadRegions = once(
    () => firstValueFrom(this.api.invoke(regionsList, { pageSize: 100 })),
    (page) => this.regions.set(page.items),
  );
  readonly loadThemes = once(
    () => firstValueFrom(this.api.invoke(themesList, { pageSize: 100 })),
    (page) => this.themes.set(page.items),
  );
  readonly loadCpvDivisions = once(
    () => firstValueFrom(this.api.invoke(cpvDivisionsList, { pageSize: 100 })),
    (page) => this.cpvDivisions.set(page.items),
  );
  /** Coordinators only: the API refuses the agents list to everybody else. */
  readonly loadAgents = once(
    () => firstValueFrom(this.api.invoke(agentsList, { pageSize: 100, isActive: true })),
    (page) => this.agents.set(page.items),
  );

  /** One unit by id (to name a unit filter or preselect a unit); null when it cannot be loaded. */
  unit(id: string): Promise<UnitDto | null> {
    let found = this.units.get(id);
    if (!found) {
      found = firstValueFrom(this.api.invoke(unitsGet, { id })).catch(() => {
        this.units.delete(id);
        return null;
      });
      this.units.set(id, found);
    }
    return found;
  }
}
