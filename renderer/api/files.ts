import { ApiError } from '../../shared/api/errors';
import { FileGrant } from '../../shared/schemas/media';
import { findBridge } from './ipc-transport';

/**
 * The desktop app picks recordings with its own dialog and by drag and drop; the
 * browser host, which has neither, takes a path typed by the user instead.
 */
export function isDesktopApp(): boolean {
  return findBridge(window) !== null;
}

/**
 * A grant for a file dropped on the window, for media.attach / media.relink.
 * Null in the browser host: a dropped File carries no path there.
 */
export async function grantDroppedFile(file: File): Promise<FileGrant | null> {
  const bridge = findBridge(window);
  if (!bridge || typeof bridge.grantDroppedFile !== 'function') return null;
  const envelope = await bridge.grantDroppedFile(file);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
  return FileGrant.parse(envelope.value);
}
