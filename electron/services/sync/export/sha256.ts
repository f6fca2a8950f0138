import { hash } from 'node:crypto';

/** One-shot (crypto.hash): no Hash object per call, which counts over thousands of documents. */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');
