import type { SecretStore } from '../../secrets/store';

/**
 * Where a server target's bearer token is kept in the SecretStore. The outbox
 * (part A) builds the target with `serverTokenReader`, so the token is read
 * per attempt and a replaced token is used at once. Removing a target should
 * clear its token: `secrets.set(serverTokenKey(id), null)`.
 */
export const serverTokenKey = (targetId: string) => `sync.server.${targetId}.token`;

export const serverTokenReader = (secrets: SecretStore, targetId: string) => () => secrets.get(serverTokenKey(targetId));
