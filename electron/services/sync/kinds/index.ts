// The backend part of each synced document kind (the kinds themselves are in shared/sync/kinds/).
import type { DocumentBuilderFactory } from './builder';
import { calibrationBuilders } from './calibration';
import { coachingSessionBuilder } from './coaching';
import { scorecardBuilder } from './scorecard';
import { templateBuilder } from '../../templates/sync-builder';

export type { BuildDeps, DocumentBuilder, DocumentBuilderFactory } from './builder';

/** The kinds this install writes, each built by the feature that completes it. */
export const DOCUMENT_BUILDERS: readonly DocumentBuilderFactory[] = [scorecardBuilder, templateBuilder, ...calibrationBuilders, coachingSessionBuilder];
