/**
 * Structured logs: one JSON object per line, so journald, Loki or jq can
 * filter by event, user or reason. Tokens and document bodies are never
 * passed in; user names, document ids and refusal reasons are.
 */
export type Level = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const emit = (level: Level, event: string, fields: Record<string, unknown> = {}) => {
    write(`${JSON.stringify({ time: now().toISOString(), level, event, ...fields })}\n`);
  };
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

export const stdoutLogger = (now?: () => Date) => createLogger((line) => process.stdout.write(line), now);
