import type { reviewsApi } from '../../../shared/api/reviews';
import type { ModuleFactory } from '../module';
import { reviewsHandlers } from './handlers';

/** Scorecards: drafts, answers, completion (which runs the completion hooks), revisions and history. */
export const reviewsModule: ModuleFactory<keyof typeof reviewsApi> = (ctx, repos) => ({ handlers: reviewsHandlers(ctx, repos) });
