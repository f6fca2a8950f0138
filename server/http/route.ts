import type http from 'node:http';
import type { Answer } from './answer';

/** One endpoint: a method, an exact path, and a handler that decides an Answer. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** `requestId`: the id of the request's log line and answer, for a route that logs more than that line. */
  handle(req: http.IncomingMessage, url: URL, requestId: string): Promise<Answer>;
}
