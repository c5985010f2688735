import { FinnishBusinessIds } from 'finnish-business-ids';
import { type ValidationOptions, registerDecorator } from 'class-validator';

/** A Finnish business ID (Y-tunnus) `1234567-8` whose check digit is right. */
export function IsFinnishBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFinnishBusinessId',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a valid Finnish business ID (1234567-8)`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && FinnishBusinessIds.isValidBusinessId(value),
      },
    });
}
