import { jsonSchemaText, publishedJsonSchema } from '../util/json-schema';
import { CoachingSessionDocument } from './document';

/** The published JSON Schema (draft 2020-12) of a coaching session document, as `schemas/coaching-session.schema.json` holds it. */
export const coachingSessionJsonSchemaText = (): string =>
  jsonSchemaText(
    publishedJsonSchema(
      CoachingSessionDocument,
      {
        id: 'urn:callmark:coaching-session',
        title: 'Callmark coaching session',
        description: 'One completed revision of a one-to-one coaching session, as Callmark writes it to a shared folder or sends it to a server. See docs/coaching.md.',
      },
      'output',
    ),
  );
