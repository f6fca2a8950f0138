import { CALIBRATION_KINDS } from '../../../../shared/sync/kinds';
import { createCalibrationDocumentsStore } from '../../calibration/store/documents';
import type { DocumentBuilderFactory } from './builder';

/**
 * The calibration kinds' builders: the calibration module fixes each
 * document's bytes when it makes it (a submission's must match the hash its
 * commitment already published), so building is handing those bytes over.
 */
export const calibrationBuilders: readonly DocumentBuilderFactory[] = CALIBRATION_KINDS.map(
  (kind): DocumentBuilderFactory =>
    ({ ctx }) => {
      const documents = createCalibrationDocumentsStore(ctx.db);
      return {
        kind: kind.kind,
        build(ref) {
          const body = documents.ownBody(ref);
          if (body === null) throw new Error(`No ${kind.noun} ${ref.documentId} revision ${ref.revision} was written on this install.`);
          return { document: kind.schema.parse(JSON.parse(body)), body };
        },
      };
    },
);
