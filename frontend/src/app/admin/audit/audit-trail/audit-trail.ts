import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocomplete,
  MatAutocompleteTrigger,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEventDto } from '../../../core/api/generated/models/audit-event-dto';
import type { UserDto } from '../../../core/api/generated/models/user-dto';
import { formatInstant } from '../../../core/i18n/date-format';
import { LanguageService } from '../../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../../shared/ui/dates/helsinki-time-pipe';
import { AuditStore } from '../audit.store';

const ENTITY_TYPES = [
  'user',
  'agent',
  'assignment',
  'unit',
  'contact',
  'request',
  'activity',
  'follow_up',
] as const;
export const KNOWN_ENTITY_TYPES: readonly string[] = [...ENTITY_TYPES, 'api_token', 'request_event'];
const KNOWN_ACTIONS: readonly string[] = [
  'create',
  'update',
  'delete',
  'revoke',
  'password_change',
  'password_setup',
  'password_link_issued',
];
const ALL = 'all';

type ActorChoice = UserDto | string | null;

export interface ChangeRow {
  field: string;
  old: string | null;
  new: string | null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A recorded value for display: instants in Helsinki time, text as is, other JSON as JSON; null when none. */
export function displayValue(value: unknown, locale: string): string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value === 'string') {
    return INSTANT.test(value) ? formatInstant(value, locale) : value;
  }
  return JSON.stringify(value);
}

/** `/admin/audit`: who changed what and when, with each change's old and new values. */
@Component({
  selector: 'crm-audit-trail',
  templateUrl: './audit-trail.html',
  styleUrl: './audit-trail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    HelsinkiTimePipe,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class AuditTrail {
  private readonly store = inject(AuditStore);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly all = ALL;
  protected readonly entityTypes = ENTITY_TYPES;
  protected readonly pageSizes = [10, 25, 50, 100];
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly actorOptions = this.store.actorOptions;
  protected readonly actor = new FormControl<ActorChoice>(null);
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly displayActor = (value: ActorChoice): string =>
    value && typeof value === 'object' ? value.displayName : (value ?? '');

  constructor() {
    this.actor.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (typeof value === 'string') {
        this.store.searchActors(value);
        // Typing replaces a chosen actor; an emptied field shows everybody's events again.
        if (this.query().actorId !== null) {
          this.store.setQuery({ actorId: null });
        }
      }
    });
    this.store.load();
  }

  protected setEntityType(value: string): void {
    this.store.setQuery({ entityType: value === ALL ? null : value });
  }

  protected chooseActor(event: MatAutocompleteSelectedEvent): void {
    const user = event.option.value as UserDto;
    this.store.setQuery({ actorId: user.id });
  }

  protected setDate(bound: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value !== this.query()[bound]) {
      this.store.setQuery({ [bound]: value });
    }
  }

  protected page(event: PageEvent): void {
    this.store.setQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected toggle(id: string): void {
    this.expanded.update((expanded) => {
      const next = new Set(expanded);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });
  }

  protected changes(event: AuditEventDto): readonly ChangeRow[] {
    return Object.entries(event.changes).map(([field, change]) => ({
      field,
      old: displayValue(change.old, this.locale()),
      new: displayValue(change.new, this.locale()),
    }));
  }

  protected changeCount(event: AuditEventDto): number {
    return Object.keys(event.changes).length;
  }

  protected entityTypeKey(type: string): string | null {
    return KNOWN_ENTITY_TYPES.includes(type) ? `admin.audit.entityTypes.${type}` : null;
  }

  protected actionKey(action: string): string | null {
    return KNOWN_ACTIONS.includes(action) ? `admin.audit.actions.${action}` : null;
  }

  /** Where the changed record can be seen, when it has a page. */
  protected entityLink(event: AuditEventDto): string[] | null {
    switch (event.entityType) {
      case 'user':
        return ['/admin/users', event.entityId];
      case 'agent':
        return ['/admin/agents', event.entityId];
      default:
        return null;
    }
  }

  protected retry(): void {
    this.store.load();
  }
}
