import type { Migration } from '../migrate';
import { coreMigration } from './001-core';
import { mediaMigration } from './002-media';
import { syncMigration } from './003-sync';
import { documentKindsMigration } from './004-document-kinds';
import { shareTrustMigration } from './005-share-trust';
import { reportsMigration } from './006-reports';
import { templateBuilderMigration } from './007-template-builder';
import { agentChannelMigration } from './008-agent-channel';
import { coachingMigration } from './009-coaching';
import { calibrationMigration } from './010-calibration';
import { templateCopiesMigration } from './011-template-copies';
import { elementFactsInlineMigration } from './012-element-facts-inline';

/** Every migration, in order. A released migration is never edited: add the next number. */
export const migrations: readonly Migration[] = [
  coreMigration,
  mediaMigration,
  syncMigration,
  documentKindsMigration,
  shareTrustMigration,
  reportsMigration,
  templateBuilderMigration,
  agentChannelMigration,
  coachingMigration,
  calibrationMigration,
  templateCopiesMigration,
  elementFactsInlineMigration,
];
