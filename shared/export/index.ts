// The export format of issue 4: schema, builder and verifier, shared by the backend and any reader.
export * from './schema';
export { buildExport, type BuiltExport, type ExportSettings, type ExportSource, type Sha256Hex } from './build';
export { verifyExport, verifyExportText, type VerifyResult } from './verify';
