import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { SecretStore } from './secrets/store';

/** Runs inside the transaction that completes a scorecard, so what it writes commits with it or not at all. */
export type CompletionHook = (scorecardId: string, revision: number) => void;

/**
 * What every part of the backend shares: the database, the clock and id source
 * (injectable for tests), and the hooks other modules hang on the scorecard life cycle.
 */
export interface ServiceContext {
  db: Database.Database;
  dataFolder: string;
  now(): string;
  newId(): string;
  onCompleted: CompletionHook[];
  secrets: SecretStore;
}

export function createContext(db: Database.Database, dataFolder: string, secrets: SecretStore, clock: () => Date = () => new Date()): ServiceContext {
  return { db, dataFolder, secrets, now: () => clock().toISOString(), newId: () => randomUUID(), onCompleted: [] };
}
