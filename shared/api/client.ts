import { methodNames, type ApiClient, type MethodName } from './index';
import { ApiError, type Envelope } from './errors';

/** A transport carries one call and returns its envelope: IPC in Electron, HTTP in the browser host. */
export type Transport = (name: MethodName, input: unknown) => Promise<Envelope<unknown>>;

/** Builds the typed client the renderer uses; it never learns which transport is underneath. */
export function createApiClient(transport: Transport): ApiClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of methodNames) {
    client[name] = async (input: unknown) => {
      const envelope = await transport(name, input ?? {});
      if (envelope.ok) return envelope.value;
      throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details);
    };
  }
  return client as unknown as ApiClient;
}
