/**
 * Whether a listen address is this machine only. Plain HTTP is allowed there
 * alone: a token and a scorecard (personal data) must never cross a network
 * in clear, and a reverse proxy that terminates TLS talks to us on loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1') return true;
  // The whole 127.0.0.0/8 block is loopback, not only 127.0.0.1.
  return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(h);
}
