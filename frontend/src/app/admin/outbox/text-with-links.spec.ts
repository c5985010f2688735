import { splitLinks } from './text-with-links';

describe('splitLinks', () => {
  it.each([
    ['', []],
    ['No links here.', [{ text: 'No links here.', href: null }]],
    [
      'Open: https://keino.example/requests/status?token=abc#x',
      [
        { text: 'Open: ', href: null },
        {
          text: 'https://keino.example/requests/status?token=abc#x',
          href: 'https://keino.example/requests/status?token=abc#x',
        },
      ],
    ],
    [
      'See http://a.example/x. And (https://b.example/y), then stop',
      [
        { text: 'See ', href: null },
        { text: 'http://a.example/x', href: 'http://a.example/x' },
        { text: '. And (', href: null },
        { text: 'https://b.example/y', href: 'https://b.example/y' },
        { text: '), then stop', href: null },
      ],
    ],
    ['javascript:alert(1) ftp://x.example', [{ text: 'javascript:alert(1) ftp://x.example', href: null }]],
  ])('splits %p', (text, expected) => {
    expect(splitLinks(text)).toEqual(expected);
  });
});
