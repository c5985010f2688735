import { characterCountMessage } from './character-count';
import { CPV_CODE_PATTERN, parseRating } from './public-request-options';

describe('parseRating', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    [' 4 ', 4],
    ['0', null],
    ['6', null],
    ['4.5', null],
    ['', null],
    ['abc', null],
    [undefined, null],
    [null, null],
  ])('%p → %p', (value, expected) => {
    expect(parseRating(value)).toBe(expected);
  });
});

describe('CPV_CODE_PATTERN', () => {
  it.each([
    ['45', true],
    ['45214200', true],
    ['45214200-2', true],
    ['4', false],
    ['452', false],
    ['45214200-', false],
    ['45214200-22', false],
    ['45 – Rakennustyöt', false],
  ])('%p → %p', (value, expected) => {
    expect(CPV_CODE_PATTERN.test(value)).toBe(expected);
  });
});

describe('characterCountMessage', () => {
  it.each([
    [0, 200, 'publicRequest.characters.left.other', 200],
    [199, 200, 'publicRequest.characters.left.one', 1],
    [200, 200, 'publicRequest.characters.left.other', 0],
    [203, 200, 'publicRequest.characters.over', 3],
  ])('%p of %p → %s (%p)', (length, max, key, count) => {
    expect(characterCountMessage(length, max)).toEqual({ key, params: { count } });
  });
});
