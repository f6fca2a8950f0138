import { create } from 'zustand';
import type { SecretLocation, ServerTestInput, ServerTestResult } from '../../shared/api/server-sync';
import type { TargetView } from '../../shared/api/sync';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { useSync } from './sync';

export interface NewServer {
  name: string;
  url: string;
  timeoutMs: number;
  token: string;
  sendExisting: boolean;
}

/** A server added; `tokenError` says why its token was not saved, when it was not (the target exists anyway). */
export interface AddedServer {
  target: TargetView;
  tokenError: string | null;
}

interface SyncServerState {
  /** Where tokens are kept on this computer; asked once, it does not change while the app runs. */
  secretLocation: SecretLocation | null;
  secretLocationError: string | null;
  loadSecretLocation(): Promise<void>;
  /** Whether a token is saved for the target; null when that cannot be read. */
  tokenSet(targetId: string): Promise<boolean | null>;
  /** GET <url>/health with the token: nothing sent, nothing changed on the server. */
  test(input: ServerTestInput): Promise<ServerTestResult>;
  /** Adds the target, then saves its token (never sent with the target itself), then sends the backlog if asked. */
  add(server: NewServer): Promise<AddedServer>;
}

/** The organisation's server as a sync target: its token, kept write-only, and the connection test. */
export const useSyncServer = create<SyncServerState>((set, get) => ({
  secretLocation: null,
  secretLocationError: null,
  async loadSecretLocation() {
    if (get().secretLocation) return;
    try {
      set({ secretLocation: await api['sync.server.secretLocation']({}), secretLocationError: null });
    } catch (error) {
      set({ secretLocationError: errorMessage(error) });
    }
  },
  async tokenSet(targetId) {
    try {
      return (await api['sync.server.tokenStatus']({ targetId })).tokenSet;
    } catch {
      return null;
    }
  },
  test: (input) => api['sync.server.test'](input),
  async add({ name, url, timeoutMs, token, sendExisting }) {
    const target = await useSync.getState().add({ name, config: { kind: 'server', url, timeoutMs }, sendExisting });
    try {
      await api['sync.server.setToken']({ targetId: target.id, token });
    } catch (error) {
      return { target, tokenError: errorMessage(error) };
    }
    // The backlog may have been tried in the instant before the token was saved, and failed for want of it: try it again now.
    if (sendExisting) await useSync.getState().retry(target.id);
    return { target, tokenError: null };
  },
}));
