import { createCallmarkService, type CallmarkService } from '../electron/services';
import type { MethodInput, MethodName, MethodOutput } from '../shared/api';
import { dispatch } from '../shared/api/dispatch';

/** A real service on `dataFolder`, called through `dispatch` as the transports do, with background imports off: every import a bench makes is timed on purpose. */
export function openBenchService(dataFolder: string) {
  const service: CallmarkService = createCallmarkService({ dataFolder });
  async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(`bench: ${name}: ${envelope.error.message}`);
    return envelope.value as MethodOutput<M>;
  }
  void call('sync.settings.set', { importEveryMinutes: 0 });
  return { service, call, idle: () => service.whenIdle() };
}
export type BenchService = ReturnType<typeof openBenchService>;
