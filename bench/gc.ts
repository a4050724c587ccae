import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";

/** What garbage collection cost a server process over its life: issue 17's young-generation A/B. */
export interface GcFigures {
  /** The process's CPU time, user and system, in ms. */
  cpuMs: number;
  /** Time in scavenges (young generation) and in mark-compacts (old generation), in ms. */
  scavengeMs: number;
  scavenges: number;
  markCompactMs: number;
  markCompacts: number;
  /** Incremental marking steps and weak-callback processing. */
  otherMs: number;
  /** The longest single pause of each kind, in ms. */
  longestScavengeMs: number;
  longestMarkCompactMs: number;
}

/** Starts counting this process's GC pauses; the figures so far, whenever asked. */
export function watchGc(): () => GcFigures {
  const f: GcFigures = { cpuMs: 0, scavengeMs: 0, scavenges: 0, markCompactMs: 0, markCompacts: 0, otherMs: 0, longestScavengeMs: 0, longestMarkCompactMs: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        f.scavengeMs += e.duration;
        f.scavenges++;
        f.longestScavengeMs = Math.max(f.longestScavengeMs, e.duration);
      } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        f.markCompactMs += e.duration;
        f.markCompacts++;
        f.longestMarkCompactMs = Math.max(f.longestMarkCompactMs, e.duration);
      } else {
        f.otherMs += e.duration;
      }
    }
  }).observe({ entryTypes: ["gc"] });
  return () => {
    const cpu = process.cpuUsage();
    return { ...f, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
}

/** One line for the report: GC's share of the process's CPU, and its pauses by kind. */
export function gcLine(g: GcFigures): string {
  const total = g.scavengeMs + g.markCompactMs + g.otherMs;
  const ms = (x: number) => `${Math.round(x).toLocaleString("en-GB")} ms`;
  return (
    `GC ${ms(total)} of ${ms(g.cpuMs)} CPU (${((100 * total) / g.cpuMs).toFixed(1)}%): ` +
    `${g.scavenges.toLocaleString("en-GB")} scavenges ${ms(g.scavengeMs)} (longest ${g.longestScavengeMs.toFixed(1)} ms), ` +
    `${g.markCompacts} mark-compacts ${ms(g.markCompactMs)} (longest ${g.longestMarkCompactMs.toFixed(1)} ms), incremental marking and weak callbacks ${ms(g.otherMs)}`
  );
}
