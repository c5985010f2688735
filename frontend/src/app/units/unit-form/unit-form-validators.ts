import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { MunicipalityDto } from '../../core/api/generated/models/municipality-dto';
import { parseEuroAmount } from '../euro-amount';

/** The municipality picker's value: the chosen municipality, or the text typed while searching. */
export type MunicipalityChoice = MunicipalityDto | string | null;

const BUSINESS_ID_FORMAT = /^\d{7}-\d$/;
const WEBSITE = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/** The format `1234567-8`; the server checks the check digit. */
export function businessIdFormatValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || BUSINESS_ID_FORMAT.test(value) ? null : { businessIdFormat: true };
}

export function euroAmountValidator(control: AbstractControl<string>): ValidationErrors | null {
  return parseEuroAmount(control.value).isValid ? null : { euroAmount: true };
}

/** An http(s) address, as the server requires. */
export function websiteValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || WEBSITE.test(value) ? null : { website: true };
}

/** Empty, or a municipality chosen from the list (typed text alone does not name one). */
export function municipalityChosenValidator(
  control: AbstractControl<MunicipalityChoice>,
): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { municipalityNotChosen: true } : null;
}
