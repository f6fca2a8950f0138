import { isMethodName, type ApiHandlers, type MethodName } from './index';
import { checkInput } from './check-input';
import { ApiError, type Envelope } from './errors';

/**
 * The receiving end of every transport: checks the method name against the
 * fixed list, validates the input with the shared schema, runs the handler and
 * wraps the outcome in an envelope. Nothing unvalidated reaches a handler.
 */
export async function dispatch(
  handlers: ApiHandlers,
  name: string,
  rawInput: unknown,
  onInternalError: (error: unknown, name: string) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown API method "${name}".` } };
  }
  const checked = checkInput(name, rawInput);
  if (!checked.ok) return checked;
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(checked.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    onInternalError(error, name);
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${name}: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

export type Dispatcher = (name: MethodName, input: unknown) => Promise<Envelope<unknown>>;
