// CPU time used by one Chromium's GPU process (where SwiftShader compiles shaders and draws), read from /proc.
// On a shared machine a step's wall time swings with whatever else runs; the CPU time its GPU process used does not
// (much), so the bench prints both. Linux only: elsewhere it returns null and the columns read "–".
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

function processes() {
  try {
    return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n')
      .map((l) => l.trim().split(/\s+/)).filter((p) => p.length > 2)
  } catch {
    return []
  }
}

/** Every process below parentPid, each as [pid, ppid, ...args]. */
export function processesBelow(parentPid = process.pid) {
  const all = processes()
  const below = (pid) => all.filter((p) => p[1] === String(pid)).flatMap((p) => [p, ...below(p[0])])
  return below(parentPid)
}

/** User + system CPU milliseconds in a /proc stat file (a process's or a thread's), or null. */
export function statCpuMs(path) {
  try {
    const fields = readFileSync(path, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

/** The GPU process of the Chromium this node process launched (the most recent one if there are several). */
export function gpuProcessOf(parentPid = process.pid) {
  const gpu = processesBelow(parentPid).filter((p) => p.includes('--type=gpu-process')).map((p) => Number(p[0]))
  return gpu.length ? Math.max(...gpu) : null
}

/** User + system CPU milliseconds the process has used so far (10 ms resolution), or null. */
export function cpuMs(pid) {
  return pid ? statCpuMs(`/proc/${pid}/stat`) : null
}

/** CPU milliseconds used so far by every process below parentPid (the browser and its renderers, GPU process, …). */
export function treeCpuMs(parentPid = process.pid) {
  return processesBelow(parentPid).reduce((sum, p) => sum + (cpuMs(Number(p[0])) ?? 0), 0)
}
