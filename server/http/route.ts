import type http from 'node:http';
import type { Answer } from './answer';

/** One endpoint: a method, an exact path, and a handler that decides an Answer. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle(req: http.IncomingMessage, url: URL): Promise<Answer>;
}
