import { methodNames, type MethodName } from '../../shared/api';

/** The fixed list of IPC channels: one per API method, nothing else is ever handled. */
export const CHANNEL_PREFIX = 'callmark:';
export const channelFor = (name: MethodName) => `${CHANNEL_PREFIX}${name}`;
export const allChannels = methodNames.map(channelFor);
