import fc from 'fast-check';
import { methodNames, type MethodName } from '../../../../shared/api';

/** Strings that have broken parsers, paths, SQL, HTML, terminals and JSON elsewhere. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  "'; DROP TABLE agents; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '/etc/passwd',
  '..\\..\\Windows\\System32',
  'C:\\Windows\\System32\\config',
  '\\\\server\\share\\x',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '${jndi:ldap://x.invalid/a}',
  '%00',
  '\u0000',
  '\uD800',
  '\u202Egnp.exe',
  '\u001b[31mred',
  '\r\nSet-Cookie: x=1',
  'NaN',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'https://quality.example.invalid/in?token=x',
  'http://169.254.169.254/latest/meta-data/',
  'é'.repeat(300),
  'x'.repeat(70_000),
];

const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN, 1e308, 0.5),
);

/** Any value a transport can carry, weighted towards the hostile. */
export function hostileValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: numbers },
    { weight: 2, arbitrary: fc.constantFrom(true, false, null, undefined) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: leaf },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'path', 'grantId', 'id', 'kind', 'x'), leaf, { maxKeys: 3 }) },
    // Deep nesting, to find recursion without a limit.
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 2000 }).map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), 1)) },
  );
}

type Op = { kind: 'set'; path: string[]; value: unknown } | { kind: 'delete'; path: string[] };

/** Every key path in a base input, so a mutation can reach nested fields (config.path, interaction.occurredAt). */
function keyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => [[...prefix, key], ...keyPaths(inner, [...prefix, key])]);
}

function apply(base: unknown, ops: Op[]): unknown {
  const copy: unknown = structuredClone(base);
  for (const op of ops) {
    let node = copy as Record<string, unknown>;
    for (const key of op.path.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = op.path.at(-1)!;
    // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it, not a prototype change.
    if (op.kind === 'delete') delete node[last];
    else Object.defineProperty(node, last, { value: op.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

export interface FuzzCall {
  method: MethodName;
  input: unknown;
}

/**
 * One call: a method, and its valid base input mutated (fields set to hostile
 * values, removed, added, nested), or replaced by something else entirely.
 */
export function fuzzCall(bases: Record<MethodName, unknown>, ids: readonly string[]): fc.Arbitrary<FuzzCall> {
  const value = hostileValue(ids);
  return fc.constantFrom(...methodNames).chain((method) => {
    const base = bases[method];
    const paths = [...keyPaths(base), ['extra'], ['__proto__'], ['constructor', 'prototype']];
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }) },
    );
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(op, { minLength: 0, maxLength: 4 }).map((ops) => ({ method, input: apply(base, ops) })) },
      { weight: 2, arbitrary: value.map((input) => ({ method, input })) },
    );
  });
}
