import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Linux reports start times in clock ticks since boot; USER_HZ is 100 on every architecture Linux runs on. */
const TICKS_PER_SECOND = 100;

/**
 * When a process started (epoch ms), or null when this platform cannot say.
 * Linux: /proc/<pid>/stat field 22 plus the boot time in /proc/stat. macOS
 * and other Unixes: `ps -o lstart=`. Windows: null (the lock then falls back
 * to "is a process with that number running").
 */
export function processStartedAt(pid: number): number | null {
  if (process.platform === 'linux') return fromProc(pid);
  if (process.platform === 'win32') return null;
  return fromPs(pid);
}

function fromProc(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const boot = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    if (!boot || !Number.isFinite(ticks)) return null;
    return Number(boot[1]) * 1000 + Math.round((ticks * 1000) / TICKS_PER_SECOND);
  } catch {
    return null;
  }
}

function fromPs(pid: number): number | null {
  const ps = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 });
  const at = Date.parse(ps.stdout?.trim() ?? '');
  return ps.status === 0 && Number.isFinite(at) ? at : null;
}
