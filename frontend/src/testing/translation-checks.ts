/** A translation file's texts by dotted key (`list.presets.open`). */
export function flattenTranslations(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return { [prefix]: value };
  }
  return Object.entries(value).reduce<Record<string, unknown>>(
    (result, [key, child]) => ({
      ...result,
      ...flattenTranslations(child, prefix ? `${prefix}.${key}` : key),
    }),
    {},
  );
}

/**
 * The checks every set of translation files passes (call inside a `describe`): Swedish and English have
 * exactly the keys of Finnish, and no text is empty.
 */
export function itHasCompleteTranslations(files: { fi: object; sv: object; en: object }): void {
  const finnishKeys = Object.keys(flattenTranslations(files.fi)).sort();

  it.each([
    ['sv', files.sv],
    ['en', files.en],
  ])('%s has exactly the keys of fi', (_language, translation) => {
    expect(Object.keys(flattenTranslations(translation)).sort()).toEqual(finnishKeys);
  });

  it.each([
    ['fi', files.fi],
    ['sv', files.sv],
    ['en', files.en],
  ])('%s has a non-empty text for every key', (_language, translation) => {
    const empty = Object.entries(flattenTranslations(translation)).filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '',
    );
    expect(empty).toEqual([]);
  });
}
