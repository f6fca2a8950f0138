import fs from 'node:fs';
import { describeZodError } from '../../shared/api/errors';
import { ServerConfig } from './schema';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration: the JSON file (if any), then the environment
 * overrides that deployments usually set per host — CALLMARK_DATABASE_URL
 * (so the password need not sit in the file) and CALLMARK_SERVER_PORT.
 * Anything wrong is one ConfigError naming the file and the field.
 */
export function loadConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  let raw: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`Cannot read the configuration file ${file}: ${(error as Error).message}`);
    }
    try {
      raw = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`The configuration file ${file} is not JSON: ${(error as Error).message}`);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`The configuration file ${file} must hold a JSON object.`);
  }
  const database = { ...(raw.database as Record<string, unknown> | undefined) };
  if (env.CALLMARK_DATABASE_URL) database.url = env.CALLMARK_DATABASE_URL;
  const listen = { ...(raw.listen as Record<string, unknown> | undefined) };
  if (env.CALLMARK_SERVER_PORT) listen.port = Number(env.CALLMARK_SERVER_PORT);
  const parsed = ServerConfig.safeParse({ ...raw, database, listen });
  if (!parsed.success) throw new ConfigError(`The configuration${file ? ` in ${file}` : ''} is not valid: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
