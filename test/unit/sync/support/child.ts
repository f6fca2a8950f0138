import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempFolder } from '../../../support/service';

const script = path.join(import.meta.dirname, 'child-writer.ts');

export interface Child {
  process: ChildProcess;
  /** Resolves with the rest of the first stdout line that starts with `prefix`. */
  line(prefix: string): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts child-writer.ts in a new Node process (TypeScript through tsx), arguments passed in a file. */
export function startChild(args: object): Child {
  const argsFile = path.join(tempFolder('callmark-child-'), 'args.json');
  fs.writeFileSync(argsFile, JSON.stringify(args));
  const child = spawn(process.execPath, ['--import', 'tsx', script, argsFile], { cwd: path.resolve(import.meta.dirname, '../../../..'), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stderr = '';
  const waiting: { prefix: string; resolve: (rest: string) => void }[] = [];
  const check = () => {
    for (const w of [...waiting]) {
      const found = out.split('\n').find((l) => l.startsWith(`${w.prefix} `) || l === w.prefix);
      if (found !== undefined) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(found.slice(w.prefix.length + 1));
      }
    }
  };
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    check();
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const w of waiting.splice(0)) w.resolve(`(exited ${code ?? signal}) ${stderr}`);
      resolve({ code, signal, stderr });
    }),
  );
  return {
    process: child,
    exited,
    line: (prefix) =>
      new Promise((resolve) => {
        waiting.push({ prefix, resolve });
        check();
      }),
  };
}
