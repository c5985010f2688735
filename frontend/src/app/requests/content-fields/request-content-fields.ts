import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { RequestFieldError } from '../request-field-error/request-field-error';
import { PROCUREMENT_STAGES, URGENCIES } from '../request-options';
import { RequestReferenceData } from '../request-reference-data';
import type { RequestContentForm } from './request-content-form';

/** The fields that say what help is needed, for the new request form and the edit dialog. */
@Component({
  selector: 'crm-request-content-fields',
  templateUrl: './request-content-fields.html',
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RequestFieldError,
    TranslocoPipe,
  ],
})
export class RequestContentFields {
  private readonly referenceData = inject(RequestReferenceData);

  readonly form = input.required<RequestContentForm>();

  protected readonly themeOptions = this.referenceData.themeOptions;
  protected readonly cpvOptions = this.referenceData.cpvOptions;
  protected readonly stages = PROCUREMENT_STAGES;
  protected readonly urgencies = URGENCIES;

  constructor() {
    void this.referenceData.loadThemes();
    void this.referenceData.loadCpvDivisions();
  }
}
