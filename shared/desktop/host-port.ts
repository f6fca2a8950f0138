import { z } from 'zod';

/**
 * host-port.json in the data folder: the port the browser host last listened
 * on, so a restarted host comes back at the same address (origin) and a page
 * left open can carry on with the new token (renderer/api/token.ts). A file
 * that does not parse is ignored.
 */
export const HostPortFile = z.object({ port: z.number().int().min(1024).max(65_535) }).strict();
export type HostPortFile = z.infer<typeof HostPortFile>;
