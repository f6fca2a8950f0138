import { describe, expect, it } from 'vitest';
import { parseRange, planMediaResponse } from '../../../shared/media/range';

const SIZE = 1000;

describe('Range: bytes= parsing', () => {
  it('serves the whole file when there is no Range header', () => {
    expect(parseRange(undefined, SIZE)).toEqual({ kind: 'full' });
    expect(parseRange(null, SIZE)).toEqual({ kind: 'full' });
  });

  it('reads the first bytes, a middle span and an open-ended tail', () => {
    expect(parseRange('bytes=0-99', SIZE)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(parseRange('bytes=100-199', SIZE)).toEqual({ kind: 'partial', start: 100, end: 199 });
    expect(parseRange('bytes=500-', SIZE)).toEqual({ kind: 'partial', start: 500, end: 999 });
    expect(parseRange('bytes=0-', SIZE)).toEqual({ kind: 'partial', start: 0, end: 999 });
  });

  it('reads a suffix, clamped to the file', () => {
    expect(parseRange('bytes=-500', SIZE)).toEqual({ kind: 'partial', start: 500, end: 999 });
    expect(parseRange('bytes=-5000', SIZE)).toEqual({ kind: 'partial', start: 0, end: 999 });
  });

  it('clamps an end beyond the file and accepts a one-byte range', () => {
    expect(parseRange('bytes=900-5000', SIZE)).toEqual({ kind: 'partial', start: 900, end: 999 });
    expect(parseRange('bytes=999-999', SIZE)).toEqual({ kind: 'partial', start: 999, end: 999 });
    expect(parseRange('Bytes = 10 - 20 ', SIZE)).toEqual({ kind: 'partial', start: 10, end: 20 });
  });

  it('refuses ranges outside the file or the wrong way round', () => {
    expect(parseRange('bytes=1000-', SIZE)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=1000-1200', SIZE)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=200-100', SIZE)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', SIZE)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('refuses malformed byte ranges', () => {
    for (const bad of ['bytes=', 'bytes=-', 'bytes=abc', 'bytes=1-2-3', 'bytes=--5', 'bytes=0x10-20', 'bytes=1.5-2', 'bytes=99999999999999999999-']) {
      expect(parseRange(bad, SIZE), bad).toEqual({ kind: 'unsatisfiable' });
    }
  });

  it('ignores other units, as RFC 9110 allows', () => {
    expect(parseRange('items=0-5', SIZE)).toEqual({ kind: 'full' });
    expect(parseRange('nonsense', SIZE)).toEqual({ kind: 'full' });
  });

  it('answers several ranges with the whole file, unless none is satisfiable', () => {
    expect(parseRange('bytes=0-9,20-29', SIZE)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=2000-,3000-', SIZE)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('media response plan', () => {
  it('206 with Content-Range and the span length', () => {
    const plan = planMediaResponse('bytes=100-199', SIZE, 'audio/wav');
    expect(plan.status).toBe(206);
    expect(plan.body).toEqual({ start: 100, end: 199 });
    expect(plan.headers).toMatchObject({
      'Content-Range': 'bytes 100-199/1000',
      'Content-Length': '100',
      'Accept-Ranges': 'bytes',
      'Content-Type': 'audio/wav',
    });
  });

  it('200 with the whole length and Accept-Ranges, so the player knows it can seek', () => {
    const plan = planMediaResponse(undefined, SIZE, 'audio/mpeg');
    expect(plan.status).toBe(200);
    expect(plan.headers).toMatchObject({ 'Content-Length': '1000', 'Accept-Ranges': 'bytes', 'Content-Type': 'audio/mpeg' });
  });

  it('416 with bytes */size and no body', () => {
    const plan = planMediaResponse('bytes=5000-', SIZE, 'audio/wav');
    expect(plan.status).toBe(416);
    expect(plan.body).toBeNull();
    expect(plan.headers['Content-Range']).toBe('bytes */1000');
  });
});
