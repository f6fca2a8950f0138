/**
 * Names a failed fetch in words a reviewer can act on. Node's fetch rejects
 * with "fetch failed" and hides the reason in `cause` (sometimes an
 * AggregateError when several addresses were tried), so we dig for the code.
 * Every network failure is temporary for the outbox: a laptop goes offline,
 * a VPN drops, a hotel Wi-Fi intercepts TLS until you log in.
 */
export function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof candidate.code === 'string') return candidate.code;
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) {
      const inner = errorCode(candidate.errors[0]);
      if (inner) return inner;
    }
    e = candidate.cause;
  }
  return undefined;
}

export function describeNetworkError(error: unknown, host: string): string {
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `Could not connect to ${host}: the connection was refused (is the server running?).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not find the server ${host}: check the address and the network connection.`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return `The connection to ${host} was cut before the server answered.`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'ENETDOWN':
      return `The network is unreachable: this computer seems to be offline.`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `The connection to ${host} timed out.`;
    default:
      if (code && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
        return `The secure connection to ${host} could not be trusted (${code}): check the address, or the network may be intercepting it.`;
      }
      return `Could not reach ${host}${code ? ` (${code})` : ''}.`;
  }
}
