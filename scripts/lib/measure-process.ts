/**
 * Runs a command and measures it as the benchmarks report it: wall time, and peak memory of the whole
 * process tree (the command and every process it starts, such as Pagefind's indexer), sampled from
 * Linux's /proc every `intervalMs` as the sum of their resident set sizes.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  /** Milliseconds since the epoch when the process was started. */
  startedAt: number;
  milliseconds: number;
  peakBytes: number;
  exitCode: number | null;
  output: string;
}

const PAGE_SIZE = 4096;

/** Resident bytes of `root` and all its descendants now; 0 for processes that ended meanwhile. */
function treeResidentBytes(root: number): number {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fields after the command's name (which may hold spaces) start with the state, then the parent.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  let bytes = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Ended.
    }
    queue.push(...(parents.get(pid) ?? []));
  }
  return bytes;
}

export function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.timeOrigin + performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ startedAt, milliseconds: performance.timeOrigin + performance.now() - startedAt, peakBytes, exitCode, output });
    });
  });
}
