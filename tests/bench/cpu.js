// Where the machine's CPU time went during a phase, from /proc (Linux only; elsewhere every figure
// is null): the app server, the PostgreSQL server processes, this benchmark's own load generator,
// and everything else. A rate measured while other programs were busy is not comparable, so the
// scenario reports the "other" share next to its figures.
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ; 100 on every Linux the benchmark runs on.

function processTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces and parentheses; fields are counted after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return {
      comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}

/** Busy ticks of the whole machine: processes (user, nice, system) and interrupt handling apart. */
function machineTicks() {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
  // user nice system idle iowait irq softirq steal
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return { processes: user + nice + system, interrupts: irq + softirq };
}

// PostgreSQL's shared helpers work for every database; backends count only when they serve ours
// (their process title names the database), so other users of the same server are left out.
const AUXILIARY =
  /(walwriter|wal writer|checkpointer|background writer|autovacuum launcher|logical replication launcher|stats collector)/;

function postgresTicks(databaseName) {
  const ticks = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = processTicks(entry);
    if (!proc?.comm.startsWith("postgres")) continue;
    let title = "";
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if ((databaseName && title.includes(databaseName)) || AUXILIARY.test(title)) ticks.set(entry, proc.ticks);
  }
  return ticks;
}

/**
 * A reading to compare with a later one; `serverPid` is the app server's process, `databaseName`
 * the PostgreSQL database it uses (null for PGlite, which runs inside the server).
 */
export function cpuSnapshot(serverPid, databaseName = null) {
  try {
    const self = process.cpuUsage();
    return {
      at: process.hrtime.bigint(),
      machine: machineTicks(),
      server: processTicks(serverPid)?.ticks ?? 0,
      postgres: databaseName ? postgresTicks(databaseName) : new Map(),
      bench: (self.user + self.system) / 1e6,
    };
  } catch {
    return null;
  }
}

/** CPU seconds per consumer between two snapshots, and the share of the machine others used. */
export function cpuBetween(before, after) {
  if (!before || !after) return null;
  const wall = Number(after.at - before.at) / 1e9;
  const seconds = (ticks) => ticks / TICKS_PER_SECOND;
  const server = seconds(after.server - before.server);
  // Processes that ended in between are left out; new ones count from zero.
  let postgresTickSum = 0;
  for (const [pid, ticks] of after.postgres) postgresTickSum += ticks - (before.postgres.get(pid) ?? 0);
  const postgres = seconds(postgresTickSum);
  const bench = after.bench - before.bench;
  // Interrupt time (mostly the loopback network traffic of the benchmark itself) is nobody's.
  const machine = seconds(after.machine.processes - before.machine.processes);
  const interrupts = seconds(after.machine.interrupts - before.machine.interrupts);
  const capacity = wall * availableParallelism();
  const round = (value) => Math.round(value * 100) / 100;
  return {
    cores: availableParallelism(),
    wall_s: round(wall),
    server_cpu_s: round(server),
    postgres_cpu_s: round(postgres),
    bench_cpu_s: round(bench),
    interrupts_cpu_s: round(interrupts),
    other_cpu_s: round(Math.max(0, machine - server - postgres - bench)),
    machine_busy_percent: Math.round((100 * (machine + interrupts)) / capacity),
    other_percent: Math.round((100 * Math.max(0, machine - server - postgres - bench)) / capacity),
  };
}
