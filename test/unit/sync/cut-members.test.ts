import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { cutOf, hashWithout, type Cuts } from '../../../shared/sync/cut-members';

/** How the quick hash check cut members before it kept offsets: the text itself, cut and joined again. */
function cutMember(canonical: string, member: string): string | null {
  const at = canonical.indexOf(member);
  if (at < 0 || canonical.indexOf(member, at + 1) >= 0) return null;
  const end = at + member.length;
  if (canonical[end] === ',') return canonical.slice(0, at) + canonical.slice(end + 1);
  if (canonical[at - 1] === ',') return canonical.slice(0, at - 1) + canonical.slice(end);
  return canonical.slice(0, at) + canonical.slice(end);
}

const HASH = '"contentHash":"ab"';
const SIGNATURE = '"signature":{"v":"é"}';
/**
 * Texts made of the members, their halves (so a member can appear only once another is cut out of its middle),
 * commas, braces, another member, characters of two, three and four bytes, and surrogates alone.
 */
const text = fc
  .array(fc.constantFrom(HASH, SIGNATURE, ',', '{', '}', '"x":1', '"signa', 'ture":{"v":"é"}', '"content', 'Hash":"ab"', 'é', '—', '🎧', '\ud800', '\udc00', '"'), {
    maxLength: 14,
  })
  .map((parts) => parts.join(''));

const utf8Of = (s: string) => new TextEncoder().encode(s);
const wellFormed = (s: string) => !/\p{Surrogate}/u.test(s);
/**
 * Both ways a source can be given: the text alone, and with its bytes when the text is their UTF-8, as read from a
 * file (a surrogate alone is written as U+FFFD, which reads back as another text; two alone can even pair up once the
 * member between them is cut out).
 */
const sources = (s: string) => [{ text: s }, ...(wellFormed(s) ? [{ text: s, utf8: utf8Of(s) }] : [])];

describe('cutting members out of a document as read', () => {
  it('hashes exactly what cutting the text and joining it again hashes, member by member, with bytes or text (fast-check)', () => {
    fc.assert(
      fc.property(text, (s) => {
        const once = cutMember(s, HASH);
        const twice = once === null ? null : cutMember(once, SIGNATURE);
        for (const source of sources(s)) {
          const first = cutOf(source, [], HASH);
          expect(first === null).toBe(once === null);
          if (first === null) continue;
          expect(hashWithout(source, first, sha256Hex)).toBe(sha256Hex(once!));
          const second = cutOf(source, first, SIGNATURE);
          expect(second === null).toBe(twice === null);
          if (second !== null) expect(hashWithout(source, second, sha256Hex)).toBe(sha256Hex(twice!));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes in a cut that a later member spans: the member that only appears once the hash is cut out of its middle', () => {
    const s = `{"a":1,"signa${HASH},ture":{"v":"é"}}`;
    const source = { text: s, utf8: utf8Of(s) };
    const second = cutOf(source, cutOf(source, [], HASH)!, SIGNATURE) as Cuts;
    expect(second).toEqual([[6, s.length - 1]]);
    expect(hashWithout(source, second, sha256Hex)).toBe(sha256Hex('{"a":1}'));
  });

  it('counts a surrogate alone as the three bytes of U+FFFD, not as half of a pair', () => {
    const s = `{"a":"\ud800é","b":1,${HASH}}`;
    const source = { text: s, utf8: utf8Of(s) };
    expect(hashWithout(source, cutOf(source, [], HASH)!, sha256Hex)).toBe(sha256Hex(`{"a":"\ud800é","b":1}`));
  });

  it('finds the bytes of a cut after characters of two, three and four bytes', () => {
    const s = `{"name":"Zoë — 🎧",${HASH},"x":"é"}`;
    const source = { text: s, utf8: utf8Of(s) };
    expect(hashWithout(source, cutOf(source, [], HASH)!, sha256Hex)).toBe(sha256Hex('{"name":"Zoë — 🎧","x":"é"}'));
  });
});
