import { describe, expect, it } from 'vitest';
import { afterAnswerKey, sayWhyIndex } from '../../../renderer/model/scoring/say-why';

describe('mark it, then say why', () => {
  it('C and T go to the element just answered while it is marked, else to the one in focus', () => {
    expect(sayWhyIndex({ justAnswered: 0, current: 1 })).toBe(0);
    expect(sayWhyIndex({ justAnswered: null, current: 1 })).toBe(1);
  });

  it('an answer key marks its element and moves on; the last element keeps the focus', () => {
    expect(afterAnswerKey(0, 20)).toEqual({ justAnswered: 0, next: 1 });
    expect(afterAnswerKey(19, 20)).toEqual({ justAnswered: 19, next: 19 });
  });
});
