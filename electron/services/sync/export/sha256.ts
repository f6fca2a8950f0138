import { hash } from 'node:crypto';

/** One-shot (crypto.hash): no Hash object per call, which counts over thousands of documents. */
export const sha256Hex = (data: string | Uint8Array): string => hash('sha256', data, 'hex');
