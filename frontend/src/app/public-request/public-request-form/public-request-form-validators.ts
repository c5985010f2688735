import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { PublicUnitDto } from '../../core/api/generated/models/public-unit-dto';
import { CPV_CODE_PATTERN } from '../public-request-options';

/** The unit field's value: the unit chosen from the search results, or the text typed while searching. */
export type UnitChoice = PublicUnitDto | string | null;

/** Requires a unit chosen from the list, not just typed text. */
export function unitChosenValidator(control: AbstractControl<UnitChoice>): ValidationErrors | null {
  const value = control.value;
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return { required: true };
  }
  return typeof value === 'string' ? { unitNotChosen: true } : null;
}

/** At least one theme (the server's rule). */
export function themesChosenValidator(control: AbstractControl<readonly string[]>): ValidationErrors | null {
  return control.value.length > 0 ? null : { themesRequired: true };
}

/** Empty, a CPV division ("45") or a full CPV code ("45214200-2"). */
export function cpvCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || CPV_CODE_PATTERN.test(value) ? null : { cpvCode: true };
}
