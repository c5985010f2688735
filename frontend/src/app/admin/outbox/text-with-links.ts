export interface TextSegment {
  text: string;
  /** Set when the segment is a web address to link to. */
  href: string | null;
}

const WEB_ADDRESS = /https?:\/\/[^\s<>"]+/g;
// Sentence punctuation right after an address belongs to the sentence, not to the address.
const TRAILING_PUNCTUATION = /[.,;:!?'’”)\]]+$/;

/** Plain text cut into text and web addresses (http and https only), to render the addresses as links. */
export function splitLinks(text: string): readonly TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const address = match[0].replace(TRAILING_PUNCTUATION, '');
    if (match.index > position) {
      segments.push({ text: text.slice(position, match.index), href: null });
    }
    segments.push({ text: address, href: address });
    position = match.index + address.length;
  }
  if (position < text.length) {
    segments.push({ text: text.slice(position), href: null });
  }
  return segments;
}
