/** 情景模拟 graph shapes shared by validation, runs and seeds (stored as JSON on the drill). */
export interface DrillScores {
  legality: number;
  communication: number;
  deEscalation: number;
  service: number;
}

export interface DrillChoiceDef extends DrillScores {
  key: string;
  text: string;
  /** Next step key. */
  next: string;
  /** 严重失误 — choosing it ends the run as a critical failure. */
  critical: boolean;
  /** 讲评 — debrief shown after the run. */
  feedback: string;
}

export interface DrillStepDef {
  key: string;
  narrative: string;
  /** No choices: an ending. */
  choices: DrillChoiceDef[];
}

export interface GraphProblem {
  field: string;
  message: string;
}

/**
 * Validates a drill graph on save: unique keys, the start step exists, every choice leads to an existing step,
 * every step is reachable from the start, at least one ending exists, and an ending is reachable from every step
 * (so every path can end and no cycle is without an exit). Returns the first problems found (empty when valid).
 */
export function validateDrillGraph(start: string, steps: DrillStepDef[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byKey = new Map<string, DrillStepDef>();
  steps.forEach((s, i) => {
    if (byKey.has(s.key)) {
      problems.push({ field: `input.steps.${i}.key`, message: `Step key ${s.key} is used twice` });
    }
    byKey.set(s.key, s);
    const choiceKeys = new Set<string>();
    s.choices.forEach((c, j) => {
      if (choiceKeys.has(c.key)) {
        problems.push({ field: `input.steps.${i}.choices.${j}.key`, message: `Choice key ${c.key} is used twice in step ${s.key}` });
      }
      choiceKeys.add(c.key);
    });
  });
  if (!byKey.has(start)) {
    return [...problems, { field: 'input.startStepKey', message: `Start step ${start} does not exist` }];
  }
  steps.forEach((s, i) =>
    s.choices.forEach((c, j) => {
      if (!byKey.has(c.next)) {
        problems.push({ field: `input.steps.${i}.choices.${j}.next`, message: `Choice ${s.key}/${c.key} leads to missing step ${c.next}` });
      }
    }),
  );
  if (problems.length > 0) {
    return problems;
  }
  const reachable = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const c of byKey.get(queue.shift()!)!.choices) {
      if (!reachable.has(c.next)) {
        reachable.add(c.next);
        queue.push(c.next);
      }
    }
  }
  steps.forEach((s, i) => {
    if (!reachable.has(s.key)) {
      problems.push({ field: `input.steps.${i}.key`, message: `Step ${s.key} cannot be reached from the start` });
    }
  });
  // Steps that can reach an ending: fixpoint from the endings backwards.
  const ends = new Set(steps.filter((s) => s.choices.length === 0).map((s) => s.key));
  if (ends.size === 0) {
    return [...problems, { field: 'input.steps', message: 'A drill needs at least one ending (a step without choices)' }];
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of steps) {
      if (!ends.has(s.key) && s.choices.some((c) => ends.has(c.next))) {
        ends.add(s.key);
        grew = true;
      }
    }
  }
  steps.forEach((s, i) => {
    if (!ends.has(s.key)) {
      problems.push({ field: `input.steps.${i}.key`, message: `No ending can be reached from step ${s.key} (a cycle without exit)` });
    }
  });
  return problems;
}
