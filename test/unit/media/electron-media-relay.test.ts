import { describe, expect, it } from 'vitest';
import { createFileGrants } from '../../../electron/ipc/file-grants';
import { createMediaRelay } from '../../../electron/ipc/media-relay';

const SCORECARD = '6f1c2a4e-0b7a-4c1e-9a55-3f1f6f0f2b11';

function relayWith(chosen: string | null, now = { t: 0 }) {
  const grants = createFileGrants(() => now.t);
  const relay = createMediaRelay({ chooseFile: async () => chosen, grants });
  return { relay, now };
}

describe('Electron IPC relay for files', () => {
  it('answers media.chooseFile in the main process with an opaque grant, never the path', async () => {
    const { relay } = relayWith('/home/sam/calls/call-17.wav');
    const decision = await relay.intercept('media.chooseFile', {}, null);
    expect(decision).toMatchObject({ answer: { ok: true, value: { grant: { fileName: 'call-17.wav' } } } });
    expect(JSON.stringify(decision)).not.toContain('/home/sam');
  });

  it('answers a cancelled dialog with no grant', async () => {
    const { relay } = relayWith(null);
    expect(await relay.intercept('media.chooseFile', {}, null)).toEqual({ answer: { ok: true, value: { grant: null } } });
  });

  it('swaps a grant for its path before attach and relink reach the backend', async () => {
    const { relay } = relayWith('/home/sam/calls/call-17.wav');
    const chosen = await relay.intercept('media.chooseFile', {}, null);
    const grantId = ('answer' in chosen && chosen.answer.ok ? (chosen.answer.value as { grant: { grantId: string } }).grant.grantId : '');
    expect(await relay.intercept('media.attach', { scorecardId: SCORECARD, grantId }, null)).toEqual({
      forward: { scorecardId: SCORECARD, path: '/home/sam/calls/call-17.wav' },
    });
    // The same grant answers "use this changed file anyway?" without a second dialog.
    expect(await relay.intercept('media.relink', { scorecardId: SCORECARD, grantId, acceptChanged: true }, null)).toEqual({
      forward: { scorecardId: SCORECARD, path: '/home/sam/calls/call-17.wav', acceptChanged: true },
    });
  });

  it('refuses a raw path from the page: a compromised page cannot attach /etc/passwd', async () => {
    const { relay } = relayWith(null);
    for (const name of ['media.attach', 'media.relink']) {
      const decision = await relay.intercept(name, { scorecardId: SCORECARD, path: '/etc/passwd' }, null);
      expect(decision).toMatchObject({ answer: { ok: false, error: { code: 'unauthorized' } } });
    }
  });

  it('refuses unknown and expired grants', async () => {
    const { relay, now } = relayWith('/home/sam/call.wav');
    expect(await relay.intercept('media.attach', { scorecardId: SCORECARD, grantId: 'x'.repeat(32) }, null)).toMatchObject({
      answer: { ok: false, error: { code: 'invalid_input', message: expect.stringContaining('choose the recording again') } },
    });
    const chosen = await relay.intercept('media.chooseFile', {}, null);
    const grantId = 'answer' in chosen && chosen.answer.ok ? (chosen.answer.value as { grant: { grantId: string } }).grant.grantId : '';
    now.t += 11 * 60 * 1000;
    expect(await relay.intercept('media.attach', { scorecardId: SCORECARD, grantId }, null)).toMatchObject({ answer: { ok: false } });
  });

  it('never lets the page call the capability lookup', async () => {
    const { relay } = relayWith(null);
    expect(await relay.intercept('media.streamSource', { capability: 'c'.repeat(43) }, null)).toMatchObject({ answer: { ok: false, error: { code: 'not_found' } } });
  });

  it('passes every other method through untouched', async () => {
    const { relay } = relayWith(null);
    const input = { scorecardId: SCORECARD };
    expect(await relay.intercept('media.get', input, null)).toEqual({ forward: input });
    expect(await relay.intercept('reviews.get', { id: SCORECARD }, null)).toEqual({ forward: { id: SCORECARD } });
  });

  it('grants a dropped file only for an absolute path the preload resolved', () => {
    const { relay } = relayWith(null);
    expect(relay.grantDropped('/home/sam/Desktop/call.mp3')).toMatchObject({ ok: true, value: { fileName: 'call.mp3' } });
    // webUtils.getPathForFile gives "" for a File the page made up itself.
    for (const bad of ['', 'relative/call.wav', 42, null]) expect(relay.grantDropped(bad)).toMatchObject({ ok: false });
  });
});
