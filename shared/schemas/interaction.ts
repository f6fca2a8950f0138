import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const Channel = z.enum(['phone', 'face_to_face', 'email', 'web_chat']);
export type Channel = z.infer<typeof Channel>;

export const channelLabels: Record<Channel, string> = {
  phone: 'Phone',
  face_to_face: 'Face to face',
  email: 'Email',
  web_chat: 'Web chat',
};

/** What was reviewed. The customer's name is personal data: optional, and never required to score. */
export const InteractionFields = z.object({
  channel: Channel,
  occurredAt: IsoDateTime,
  reference: z.string().trim().max(200).default(''),
  durationSeconds: z.number().int().min(0).max(24 * 3600).nullable().default(null),
  customerName: z.string().trim().max(200).default(''),
});
export type InteractionFields = z.infer<typeof InteractionFields>;

export const Interaction = InteractionFields.extend({ id: Id, agentId: Id });
export type Interaction = z.infer<typeof Interaction>;
