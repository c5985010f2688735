export interface CharacterCountMessage {
  key: string;
  params: Record<string, unknown>;
}

/** "123 characters left" under a text field with a length limit, or how far over the limit it is. */
export function characterCountMessage(length: number, max: number): CharacterCountMessage {
  const left = max - length;
  if (left < 0) {
    return { key: 'publicRequest.characters.over', params: { count: -left } };
  }
  return { key: `publicRequest.characters.left.${left === 1 ? 'one' : 'other'}`, params: { count: left } };
}
