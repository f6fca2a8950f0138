import { sha256Hex as sha256 } from '../../../../electron/services/sync/export/sha256';
import { canonicalJson } from '../../../../shared/util/canonical-json';


/** What a file looks like once a person or another tool edited it and put a correct hash back. */
export function rehashed(document: Record<string, unknown>): string {
  const { contentHash: _, ...rest } = document;
  return canonicalJson({ ...rest, contentHash: sha256(canonicalJson(rest)) });
}

/** A plain template file as another tool would write it. */
export const plainFile = (template: unknown) => rehashed({ format: 'callmark.template', formatVersion: 1, template });
