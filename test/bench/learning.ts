// The learning benchmark (`npm run bench:learning`). Three parts, all on the shared engine:
// 1. SCIENCE.md's own measurement (no shot physics: output the power 0.5 d), printed beside SCIENCE.md's
//    table, with its other figures (fading signal, perturbation cosine, gradient check): is the engine right?
// 2. The game's "paper's table" (the real court and hoop) and the classroom budget (the real reducer).
// 3. Backprop with 12 neurons on the court with a finer, wider rate grid and a 50k cap.
// Prints everything and writes test/bench/results/learning.json.
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { DEFAULT_SETTINGS, type RuleId, idealPower, landingSlope } from "../../shared";
import { WIGGLE } from "../../shared/rules/trial-and-error";
import {
  CAP,
  CRITERION,
  HELD_OUT,
  court,
  type Cell,
  DEEP,
  type DeepRate,
  NS,
  RATE_GRID,
  ROWS,
  SEEDS,
  TUNE_CAP,
  TUNE_SEEDS,
  cell,
  classroom,
  deepMeasure,
  deepRate,
} from "./learning-court";
import {
  BACKPROP_SWEEP,
  SCIENCE_CAP,
  SCIENCE_NS,
  SCIENCE_RATE_GRID,
  SCIENCE_ROWS,
  SCIENCE_SEEDS,
  SCIENCE_TABLE,
  SCIENCE_TUNE_CAP,
  SCIENCE_TUNE_SEEDS,
  type ScienceCell,
  type SweepPoint,
  TASK,
  backpropSweep,
  checkWeightPerturbationMirror,
  scienceCell,
} from "./learning-science";
import { SCIENCE_SIGNALS, deltaRatios, gradientCheck, perturbationCosines } from "./learning-signals";
import { type Run, median, pickRate } from "./learning-stats";

type Job =
  | { kind: "cell"; row: number; n: number }
  | { kind: "science"; row: number; n: number }
  | { kind: "classroom"; rules: RuleId[]; cap: number }
  | { kind: "signals" }
  | { kind: "sweep"; n: number; rate: number }
  | { kind: "deep-rate"; rate: number }
  | { kind: "deep-measure"; rate: number; from: number; to: number };

function runJob(job: Job): unknown {
  switch (job.kind) {
    case "cell":
      return cell(ROWS[job.row], job.n);
    case "science":
      return scienceCell(job.row, job.n);
    case "classroom":
      return classroom(job.rules, job.cap);
    case "sweep":
      return backpropSweep(job.n, job.rate);
    case "signals":
      return { deltaRatios: deltaRatios(), cosines: perturbationCosines(), gradientCheck: gradientCheck(), weightPerturbationMirror: checkWeightPerturbationMirror() };
    case "deep-rate":
      return deepRate(job.rate);
    case "deep-measure":
      return deepMeasure(job.rate, job.from, job.to);
  }
}

/** Runs jobs on a few worker threads (each job whole on one thread), results in job order. */
async function runAll(jobs: Job[], workers: number): Promise<unknown[]> {
  const results = new Array<unknown>(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, jobs.length) }, async () => {
      // A worker does not inherit tsx's loader: register it first, then load this file as the worker.
      const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
      const w = new Worker(boot, { eval: true, workerData: true });
      try {
        while (next < jobs.length) {
          const k = next++;
          results[k] = await new Promise((resolve, reject) => {
            const done = (v: unknown): void => {
              w.off("error", fail);
              resolve(v);
            };
            const fail = (e: Error): void => {
              w.off("message", done);
              reject(e);
            };
            w.once("message", done);
            w.once("error", fail);
            w.postMessage(jobs[k]);
          });
        }
      } finally {
        await w.terminate();
      }
    }),
  );
  return results;
}

/** "926 (100%)", "8.6k (54%)", "- (42%)". */
function fmtCell(med: number | null, share: number): string {
  const m = med === null ? "-" : med >= 1000 ? `${(med / 1000).toFixed(1)}k` : String(med);
  return `${m} (${Math.round(share * 100)}%)`;
}

function sci(x: number): string {
  return Math.abs(x) >= 1e4 || Math.abs(x) < 1e-2 ? x.toExponential(1) : x.toPrecision(2);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const load0 = loadavg()[0];
  const CLASS_CAP = 200;
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  // Slow jobs first so the threads finish together.
  const jobs: Job[] = [
    ...SCIENCE_ROWS.flatMap((_, row) => SCIENCE_NS.map((n): Job => ({ kind: "science", row, n }))).filter((j) => j.kind === "science" && j.n >= 8),
    ...ROWS.flatMap((_, row) => NS.map((n): Job => ({ kind: "cell", row, n }))).filter((j) => j.kind === "cell" && j.n >= 8),
    ...DEEP.grid.map((rate): Job => ({ kind: "deep-rate", rate })),
    ...SCIENCE_NS.flatMap((n) => BACKPROP_SWEEP.map((rate): Job => ({ kind: "sweep", n, rate }))).reverse(),
    ...SCIENCE_ROWS.flatMap((_, row) => SCIENCE_NS.map((n): Job => ({ kind: "science", row, n }))).filter((j) => j.kind === "science" && j.n < 8),
    ...ROWS.flatMap((_, row) => NS.map((n): Job => ({ kind: "cell", row, n }))).filter((j) => j.kind === "cell" && j.n < 8),
    { kind: "classroom", rules: ["backprop"], cap: CLASS_CAP },
    { kind: "classroom", rules: ["trial-and-error"], cap: CLASS_CAP },
    { kind: "signals" },
  ];
  const results = await runAll(jobs, workers);
  const of = <K extends Job["kind"]>(kind: K): unknown[] => results.filter((_, k) => jobs[k].kind === kind);
  const scienceCells = of("science") as ScienceCell[];
  const cells = of("cell") as Cell[];
  const sweep = of("sweep") as SweepPoint[];
  const deepRates = (of("deep-rate") as DeepRate[]).sort((a, b) => a.rate - b.rate);
  const [bp, te] = of("classroom") as Record<string, number | null>[];
  const signals = of("signals")[0] as {
    deltaRatios: ReturnType<typeof deltaRatios>;
    cosines: ReturnType<typeof perturbationCosines>;
    gradientCheck: ReturnType<typeof gradientCheck>;
    weightPerturbationMirror: number;
  };
  // The deep check's rate is chosen on the tuning seeds like every other cell, then measured on 50 fresh seeds.
  const deepPick = pickRate(
    deepRates.map((d) => d.rate),
    (rate) => {
      const d = deepRates.find((x) => x.rate === rate)!;
      return d.updates.map((at, k): Run => ({ at, worst: d.worst[k] }));
    },
  );
  const deepJobs: Job[] = Array.from({ length: 5 }, (_, k) => ({ kind: "deep-measure", rate: deepPick.rate, from: 1 + 10 * k, to: 11 + 10 * k }));
  const deepRuns = (await runAll(deepJobs, workers)).flat() as Run[];
  const seconds = (performance.now() - t0) / 1000;

  const load1 = loadavg()[0];
  const scienceAt = (label: string, n: number): ScienceCell => scienceCells.find((c) => c.row === label && c.n === n)!;
  const courtAt = (label: string, n: number): Cell => cells.find((c) => c.row === label && c.n === n)!;
  const col = 16;

  // 1. SCIENCE.md's task on the engine.
  console.log(`1. SCIENCE.md's task on the engine: input d ~ U[${TASK.lo}, ${TASK.hi}], target power ${TASK.targetSlope} d (no shot physics), L = e^2/2 with e = p - ${TASK.targetSlope} d, tanh,`);
  console.log(`   start w ~ U[${TASK.startW.min}, ${TASK.startW.max}], b = 0; learned = the largest miss over 17 held-out inputs stays under ${TASK.tolerance} for ${TASK.hold} more updates (checked every update),`);
  console.log(`   the clean stretch starting within ${SCIENCE_CAP} updates; rate tuned per rule and N on ${SCIENCE_TUNE_SEEDS} separate seeds (cap ${SCIENCE_TUNE_CAP}) over [${SCIENCE_RATE_GRID.join(", ")}], then ${SCIENCE_SEEDS} fresh seeds.`);
  console.log(`   Median updates (share of seeds). Perturbation sigma = the engine's WIGGLE (${WIGGLE}). Weight perturbation = the engine's trial-and-error update with its`);
  console.log(`   second shot scored against the power target (a mirror that matches the engine's rule on the court to ${signals.weightPerturbationMirror}); node perturbation built from the engine's activations.`);
  console.log(["rule".padEnd(38), "".padEnd(11), ...SCIENCE_NS.map((n) => `N=${n}`.padEnd(col))].join(""));
  for (const row of SCIENCE_ROWS) {
    console.log([row.label.padEnd(38), "engine".padEnd(11), ...SCIENCE_NS.map((n) => fmtCell(scienceAt(row.label, n).medianUpdates, scienceAt(row.label, n).shareLearned).padEnd(col))].join(""));
    const ref = SCIENCE_TABLE[row.label];
    console.log(["".padEnd(38), "SCIENCE.md".padEnd(11), ...ref.map((r) => (r === null ? "not measured" : r[1] === 0 ? "never" : fmtCell(r[0], r[1])).padEnd(col))].join(""));
    console.log(["".padEnd(38), "rate".padEnd(11), ...SCIENCE_NS.map((n) => String(scienceAt(row.label, n).rate).padEnd(col))].join(""));
  }
  const works = (c: { tuning: { rate: number; shareLearned: number }[] }): number | null => {
    const ok = c.tuning.filter((t) => t.shareLearned >= 0.5).map((t) => t.rate);
    return ok.length ? Math.max(...ok) : null;
  };
  console.log("   largest rate on the grid at which at least half the tuning seeds learn, N=2 -> N=12 (SCIENCE: ~30-fold fall for perturbation, ~3-fold for backprop):");
  for (const row of SCIENCE_ROWS) console.log("   " + row.label.padEnd(36) + SCIENCE_NS.map((n) => String(works(scienceAt(row.label, n)) ?? "none").padEnd(10)).join(""));
  console.log(`   backprop at every rate of [${BACKPROP_SWEEP.join(", ")}] on all ${SCIENCE_SEEDS} seeds (no tuning split: the best the engine can do on this grid):`);
  for (const n of SCIENCE_NS) {
    const pts = sweep.filter((p) => p.n === n).sort((a, b) => a.rate - b.rate);
    const full = pts.filter((p) => p.shareLearned === 1 && p.medianUpdates !== null);
    const best = full.length ? full.reduce((a, b) => (b.medianUpdates! < a.medianUpdates! ? b : a)) : null;
    const ref = SCIENCE_TABLE.backprop[SCIENCE_NS.indexOf(n)]!;
    console.log(`   N=${n}`.padEnd(9) + pts.map((p) => `${p.rate}: ${fmtCell(p.medianUpdates, p.shareLearned)}`).join("  "));
    console.log("".padEnd(9) + `best with 100%: ${best ? `${best.medianUpdates} at ${best.rate}` : "none"}; SCIENCE.md ${ref[0]} (${ref[1] * 100}%)`);
  }

  // SCIENCE.md's other measurements.
  console.log(`\n   The error signal reaching the first of 12 neurons, |delta_1/delta_12| (engine's backward): median over 50 lines with w_i = g(1 + 0.1 N(0,1)), b = 0, x ~ U[0.2, 1]; and every w = g, x = 0.6`);
  console.log("   " + "case".padEnd(18) + "engine median".padEnd(16) + "engine w = g".padEnd(16) + "SCIENCE.md");
  for (const r of signals.deltaRatios) console.log("   " + r.label.padEnd(18) + sci(r.medianRatio).padEnd(16) + sci(r.exactRatio).padEnd(16) + sci(r.science));
  console.log(`   One perturbation estimate's cosine with the true gradient (mean over 2000 draws; sigma ${WIGGLE}; w ~ U[0.5, 1.5], b = 0):`);
  console.log("   " + "N".padEnd(5) + "WP, power task".padEnd(17) + "WP, sigma 0.001".padEnd(17) + "engine T&E, court".padEnd(19) + "NP, power task".padEnd(17) + "random dir. E|cos|".padEnd(20) + "SCIENCE.md");
  for (const r of signals.cosines) console.log("   " + String(r.n).padEnd(5) + r.weightPerturbation.toFixed(2).padEnd(17) + r.weightPerturbationSmallSigma.toFixed(2).padEnd(17) + r.engineTrialAndErrorOnCourt.toFixed(2).padEnd(19) + r.nodePerturbation.toFixed(2).padEnd(17) + r.randomDirection.toFixed(2).padEnd(20) + r.science);
  const worstPower = Math.max(...signals.gradientCheck.map((g) => g.powerTask));
  const worstCourt = Math.max(...signals.gradientCheck.map((g) => g.gameCourt));
  console.log(`   Backprop vs five-point central differences, N = 1..12, 50 random lines each (tanh, biases ~ U[-0.5, 0.5]): largest relative error ${sci(worstPower)} on the power task, ${sci(worstCourt)} through the court (SCIENCE.md: below 1e-8)`);

  // 2. The game's court.
  console.log(`\n2. The game's "paper's table": median updates until learned (share of ${SEEDS} seeds within ${CAP} updates); tanh line, start w ~ U[${DEFAULT_SETTINGS.startWeights.min}, ${DEFAULT_SETTINGS.startWeights.max}], b = 0`);
  console.log(`   task: hoop distance ~ U[${court.minDistance}, ${court.maxDistance}] m on the game's court; ${CRITERION}`);
  console.log(`   rate tuned per rule and N on ${TUNE_SEEDS} separate seeds (cap ${TUNE_CAP}) over [${RATE_GRID.join(", ")}]; trial and error throws 2 balls per update`);
  console.log(["rule".padEnd(38), ...NS.map((n) => `N=${n}`.padEnd(col))].join(""));
  for (const row of ROWS) console.log([row.label.padEnd(38), ...NS.map((n) => fmtCell(courtAt(row.label, n).medianUpdates, courtAt(row.label, n).shareLearned).padEnd(col))].join(""));
  console.log("   rate chosen");
  for (const row of ROWS) console.log(["   " + row.label.padEnd(35), ...NS.map((n) => String(courtAt(row.label, n).rate).padEnd(col))].join(""));

  // 3. Backprop, N = 12, on the court, harder.
  const deepMed = median(deepRuns.map((r) => r.at ?? Infinity));
  const deepShare = deepRuns.filter((r) => r.at !== null).length / deepRuns.length;
  const deepBy20k = deepRuns.filter((r) => r.at !== null && r.at <= CAP).length / deepRuns.length;
  console.log(`\n3. Backprop, N = 12, on the court with a finer and wider grid and a ${DEEP.cap} cap: share of the ${TUNE_SEEDS} tuning seeds learned (by ${CAP} / by ${DEEP.cap}), median updates`);
  for (const d of deepRates) {
    const by = (cap: number): number => d.updates.filter((u) => u !== null && u <= cap).length / d.updates.length;
    const m = median(d.updates.map((u) => u ?? Infinity));
    console.log("   rate " + String(d.rate).padEnd(9) + `${Math.round(by(CAP) * 100)}% / ${Math.round(by(DEEP.cap) * 100)}%`.padEnd(14) + (Number.isFinite(m) ? String(m) : "-"));
  }
  console.log(`   chosen ${deepPick.rate}; on ${deepRuns.length} fresh seeds: ${fmtCell(Number.isFinite(deepMed) ? deepMed : null, deepShare)} within ${DEEP.cap} (${Math.round(deepBy20k * 100)}% within ${CAP})`);

  // The classroom budget.
  const settings = DEFAULT_SETTINGS;
  console.log(
    `\nClassroom budget: the real reducer, all seats bots, default settings (N=${settings.lineLength}, ${settings.activation}, strictness ${settings.strictness}, ` +
      `start w ~ U[${settings.startWeights.min}, ${settings.startWeights.max}], hoop radius ${settings.court.hoopRadius} m, fixed hoop at ${settings.hoop.fixedDistance} m for ${settings.hoop.fixedRounds} shots then moving), ${SEEDS} seeds`,
  );
  console.log(`shots until the line first hits 3 in a row (games run to ${CLASS_CAP} shots to measure past the lesson's ${settings.maxRounds}; "-" = not within ${CLASS_CAP})`);
  const show = (v: number | null): string => (v === null ? "-" : String(v));
  console.log("rule".padEnd(18) + "median".padEnd(8) + "p90".padEnd(8) + `within ${settings.maxRounds}`.padEnd(12) + "moving hoop only: median / p90");
  for (const r of [bp, te]) {
    console.log(String(r.rule).padEnd(18) + show(r.medianShots).padEnd(8) + show(r.p90Shots).padEnd(8) + `${Math.round(Number(r.shareWithinLesson) * 100)}%`.padEnd(12) + `${show(r.movingHoopMedian)} / ${show(r.movingHoopP90)}`);
  }
  console.log("(trial and error throws a second ball every shot to compare; its shots above count rounds)");
  // The verdict, from the figures above.
  const bpShares = SCIENCE_NS.map((n) => scienceAt("backprop", n).shareLearned);
  const bestRatio = SCIENCE_NS.map((n) => {
    const full = sweep.filter((p) => p.n === n && p.shareLearned === 1 && p.medianUpdates !== null);
    const best = full.length ? Math.min(...full.map((p) => p.medianUpdates!)) : Infinity;
    return best / SCIENCE_TABLE.backprop[SCIENCE_NS.indexOf(n)]![0]!;
  });
  const ratioOff = Math.max(...signals.deltaRatios.map((r) => Math.max(r.medianRatio / r.science, r.science / r.medianRatio)));
  const agrees = Math.min(...bpShares) >= 0.96 && worstPower < 1e-8 && worstCourt < 1e-8 && ratioOff < 2.5;
  const tolerances = HELD_OUT.map((d) => court.hoopRadius / landingSlope(idealPower(d, court), court));
  const powers = HELD_OUT.map((d) => idealPower(d, court));
  console.log("\nVerdict");
  console.log(
    `  On SCIENCE.md's own task the engine's backprop learns in ${bpShares.map((x) => `${Math.round(x * 100)}%`).join(" / ")} of seeds at N = ${SCIENCE_NS.join(" / ")} (SCIENCE.md: 100% at each);` +
      ` at its best rate on the grid its median is ${bestRatio.map((x) => `${x.toFixed(1)}x`).join(" / ")} SCIENCE.md's; its gradient matches finite differences to ${sci(Math.max(worstPower, worstCourt))};` +
      ` the signal through 12 neurons is within ${ratioOff.toFixed(1)}x of SCIENCE.md's in every case.`,
  );
  console.log(
    agrees
      ? "  => The engine agrees with SCIENCE.md on SCIENCE.md's task. The game's lower figures (section 2) come from the game's task and the benchmark's limits, not from the engine:"
      : "  => The engine does NOT agree with SCIENCE.md on SCIENCE.md's task: see the figures above.",
  );
  console.log(
    `     on the court the line must hit target powers ${Math.min(...powers).toFixed(2)}-${Math.max(...powers).toFixed(2)} (a curved map of d, from x = 0) to within ` +
      `${Math.min(...tolerances).toFixed(4)}-${Math.max(...tolerances).toFixed(4)} in power (the hoop's ${court.hoopRadius} m through R'(p)), against SCIENCE.md's 0.1-0.5 to within ${TASK.tolerance};` +
      ` backprop with 12 neurons has a narrow usable rate there and needs a median ${Number.isFinite(deepMed) ? deepMed : "-"} updates (${Math.round(deepShare * 100)}% within ${DEEP.cap}, ${Math.round(deepBy20k * 100)}% within ${CAP}).`,
  );
  const shareOf = (label: string): string => SCIENCE_NS.map((n) => `${Math.round(scienceAt(label, n).shareLearned * 100)}%`).join("/");
  const bigFails = ["weight perturbation", "node perturbation"].every((l) => scienceAt(l, 12).shareLearned <= 0.5);
  const smallWorks = ["weight perturbation, sigma 0.001", "node perturbation, sigma 0.001"].every((l) => scienceAt(l, 12).shareLearned >= 0.8);
  console.log(
    `     Perturbation on SCIENCE.md's task learns in ${shareOf("weight perturbation")} (weight) and ${shareOf("node perturbation")} (node) of seeds with the engine's wiggle sigma = ${WIGGLE},` +
      ` and in ${shareOf("weight perturbation, sigma 0.001")} and ${shareOf("node perturbation, sigma 0.001")} with sigma = 0.001 (N = ${SCIENCE_NS.join("/")}).`,
  );
  if (bigFails && smallWorks) {
    console.log(`     So SCIENCE.md's perturbation figures were measured with a small noise (its cosines also equal a random direction's, which a large sigma spoils); the engine's ${WIGGLE} is a setting, not a wrong update.`);
  }

  console.log(`\nruntime ${seconds.toFixed(1)} s on ${workers} worker threads; load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end`);

  const out = {
    generated: new Date().toISOString(),
    runtimeSeconds: Math.round(seconds * 10) / 10,
    workers,
    loadAverage: { start: load0, end: load1 },
    scienceTask: {
      task: { ...TASK, heldOut: 17, input: "x = d", checkedEvery: 1, sigma: WIGGLE },
      seeds: SCIENCE_SEEDS,
      cap: SCIENCE_CAP,
      tuneSeeds: SCIENCE_TUNE_SEEDS,
      tuneCap: SCIENCE_TUNE_CAP,
      rateGrid: SCIENCE_RATE_GRID,
      weightPerturbationMirrorMaxDiff: signals.weightPerturbationMirror,
      scienceTable: SCIENCE_TABLE,
      cells: scienceCells,
      backpropSweep: sweep,
    },
    scienceSignals: { deltaRatios: signals.deltaRatios, cosines: signals.cosines, gradientCheck: signals.gradientCheck, science: SCIENCE_SIGNALS },
    papersTable: { criterion: CRITERION, seeds: SEEDS, cap: CAP, tuneSeeds: TUNE_SEEDS, tuneCap: TUNE_CAP, rateGrid: RATE_GRID, activation: "tanh", startWeights: DEFAULT_SETTINGS.startWeights, cells },
    backpropN12OnCourt: {
      cap: DEEP.cap,
      grid: DEEP.grid,
      tuning: deepRates,
      chosenRate: deepPick.rate,
      seeds: deepRuns.length,
      medianUpdates: Number.isFinite(deepMed) ? deepMed : null,
      shareLearned: deepShare,
      shareLearnedWithin20k: deepBy20k,
      updates: deepRuns.map((r) => r.at),
    },
    classroom: { settings: { ...DEFAULT_SETTINGS, seed: "1..50" }, seeds: SEEDS, capShots: CLASS_CAP, lessonShots: DEFAULT_SETTINGS.maxRounds, backprop: bp, trialAndError: te },
  };
  writeFileSync(new URL("./results/learning.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
  console.log("wrote test/bench/results/learning.json");
  // The race presets (shared/game/presets.ts) and the network grid (issue 15) have their own files and
  // results; the grid is the slow part (minutes), so `--no-network` leaves it out.
  (await import("./learning-presets")).learningPresets();
  (await import("./alignment")).printAlignment(); // issue 15: do the handshakes come to agree with the random wires?
  if (!process.argv.includes("--no-network")) await (await import("./learning-network")).learningNetwork();
}

if (isMainThread) {
  await main();
} else if (workerData) {
  parentPort!.on("message", (job: Job) => parentPort!.postMessage(runJob(job)));
}
