import { z } from 'zod';

/**
 * The one spelling of an id in a share: a UUID in lower case. File names are
 * compared with the document they hold as plain strings (./file-names.ts), so
 * a document whose id is spelt in capitals would never match its own name.
 */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const LowerCaseUuid = z.string().regex(new RegExp(`^${UUID_PATTERN}$`), { message: 'must be a UUID in lower case' });

export const Sha256Text = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' });
