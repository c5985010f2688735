import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import type { CreateRequestDto } from '../../core/api/generated/models/create-request-dto';
import type { ProcurementStage, Urgency } from '../request-options';

// As the server accepts them (backend/src/requests/request-options.ts and dto/request-commands.dto.ts).
export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 10_000;
export const THEMES_MAX = 10;
const FULL_CPV_CODE = /^\d{8}(-\d)?$/;

export type RequestContentForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  themeCodes: FormControl<string[]>;
  cpvDivision: FormControl<string>;
  cpvCode: FormControl<string>;
  procurementStage: FormControl<ProcurementStage | null>;
  urgency: FormControl<Urgency>;
}>;

export type RequestContent = Pick<
  CreateRequestDto,
  'title' | 'description' | 'themeCodes' | 'cpvCode' | 'procurementStage' | 'urgency'
>;

export interface RequestContentValues {
  title: string;
  description: string;
  themeCodes: readonly string[];
  cpvDivisionCode: string | null;
  cpvCode: string | null;
  procurementStage: ProcurementStage | null;
  urgency: Urgency;
}

function themesValidator(control: AbstractControl<string[]>): ValidationErrors | null {
  const count = control.value.length;
  return count === 0 ? { themesRequired: true } : count > THEMES_MAX ? { tooManyThemes: true } : null;
}

function cpvCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || FULL_CPV_CODE.test(value) ? null : { cpvCode: true };
}

/** Text that is not just spaces, as the server trims it before it checks the length. */
function trimmedRequired(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/** The form of what help is needed: the same fields when a request is created and edited. */
export function requestContentForm(values: Partial<RequestContentValues> = {}): RequestContentForm {
  return new FormGroup({
    title: new FormControl(values.title ?? '', {
      nonNullable: true,
      validators: [trimmedRequired, Validators.minLength(TITLE_MIN), Validators.maxLength(TITLE_MAX)],
    }),
    description: new FormControl(values.description ?? '', {
      nonNullable: true,
      validators: [
        trimmedRequired,
        Validators.minLength(DESCRIPTION_MIN),
        Validators.maxLength(DESCRIPTION_MAX),
      ],
    }),
    themeCodes: new FormControl([...(values.themeCodes ?? [])], {
      nonNullable: true,
      validators: themesValidator,
    }),
    cpvDivision: new FormControl(values.cpvDivisionCode ?? '', { nonNullable: true }),
    cpvCode: new FormControl(values.cpvCode ?? '', { nonNullable: true, validators: cpvCodeValidator }),
    procurementStage: new FormControl<ProcurementStage | null>(
      values.procurementStage ?? null,
      Validators.required,
    ),
    urgency: new FormControl<Urgency>(values.urgency ?? 'normal', { nonNullable: true }),
  });
}

/** The request body's content fields; a full CPV code wins over the division chosen. */
export function requestContent(form: RequestContentForm): RequestContent {
  const value = form.getRawValue();
  const cpvCode = value.cpvCode.trim() || value.cpvDivision || null;
  return {
    title: value.title.trim(),
    description: value.description.trim(),
    themeCodes: [...value.themeCodes],
    cpvCode,
    // The validator has made sure a stage is chosen.
    procurementStage: value.procurementStage ?? 'strategy_and_planning',
    urgency: value.urgency,
  };
}
