import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ForkOptions, UtilityProcess } from 'electron';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const PARENT_PORT_SHIM = pathToFileURL(path.join(import.meta.dirname, 'utility-child.mjs')).href;

/**
 * utilityProcess.fork, for real: the module runs in a plain Node child with a
 * `process.parentPort` shim (utility-child.mjs), messages travel as structured
 * clones as they do in Electron, and 'spawn', 'message' and 'exit' are
 * emitted as Electron emits them. So the backend worker bundle is exercised
 * exactly as the desktop app runs it, SQLite file and all.
 */
export class StandInUtilityProcess extends EventEmitter implements Pick<UtilityProcess, 'postMessage' | 'kill'> {
  readonly child: ChildProcess;
  /** What the child wrote to stderr, for assertions and failure messages. */
  output = '';
  readonly exited: Promise<number>;

  constructor(
    readonly modulePath: string,
    readonly args: string[] = [],
    readonly options: ForkOptions = {},
  ) {
    super();
    this.child = fork(modulePath, args, {
      execArgv: ['--import', PARENT_PORT_SHIM],
      // The bundle leaves better-sqlite3 external; a bundle built in a temp folder finds it here.
      env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.output += chunk.toString();
      if (process.env.CALLMARK_HOST_LOG) process.stderr.write(chunk);
    });
    this.child.on('spawn', () => this.emit('spawn'));
    this.child.on('message', (message) => this.emit('message', message));
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => {
        const exitCode = code ?? (signal ? 128 : 0);
        this.emit('exit', exitCode);
        resolve(exitCode);
      }),
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  postMessage(message: unknown): void {
    if (this.child.connected) this.child.send(message as never);
  }

  kill(): boolean {
    return this.child.kill('SIGTERM');
  }

  /** A crash: the process is gone without closing anything. */
  crash(): boolean {
    return this.child.kill('SIGKILL');
  }
}
