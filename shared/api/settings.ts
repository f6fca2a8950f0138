import { z } from 'zod';
import { method, NoInput } from './method';
import { PersonName } from '../people/names';
import { Reviewer } from '../schemas/people';

export const AppInfo = z.object({
  reviewer: Reviewer.nullable(),
  dataFolder: z.string(),
  databasePath: z.string(),
  /** Set when the database was found corrupt at start-up and moved aside. */
  recoveredFrom: z.string().nullable(),
  version: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const settingsApi = {
  'app.info': method(NoInput, AppInfo),
  'reviewer.setName': method(z.object({ name: PersonName('Your name') }).strict(), Reviewer),
};
