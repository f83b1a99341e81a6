/** 合规汇总 (pure): officers' standings rolled up the unit tree, each unit counting its own officers and its sub-units'. */

export type CertificationState = 'VALID' | 'EXPIRING' | 'EXPIRED' | 'SUSPENDED' | 'NONE';

/** A certificate expiring within this many days counts as expiring (the first renewal reminder). */
export const EXPIRING_WITHIN_DAYS = 90;

export interface OfficerStanding {
  officerId: string;
  unitId: string;
  /** No gap in trainingCompliance's sense: ≥ 40 h this year, every quota, nothing overdue, induction done. */
  trainingComplete: boolean;
  /** 持证上岗 (dutyEligibility): certified, not expired or suspended, hours on pace. */
  dutyEligible: boolean;
  certification: CertificationState;
}

export interface TreeNode {
  unitId: string;
  parentUnitId: string | null;
  shortName: string;
}

export interface RollupStats {
  officerCount: number;
  trainingCompleteCount: number;
  trainingCompleteShare: number | null;
  dutyEligibleCount: number;
  dutyEligibleShare: number | null;
  certificationExpiringCount: number;
  certificationExpiredCount: number;
  certificationSuspendedCount: number;
  notCertifiedCount: number;
}

export interface UnitRollupRow extends TreeNode {
  depth: number;
  directOfficerCount: number;
  stats: RollupStats;
}

export const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

/** YYYY-MM-DD dates: the state of an officer's current certificate on `today`. */
export function certificationState(cert: { expiresOn: string; suspended: boolean } | null, today: string): CertificationState {
  if (!cert) {
    return 'NONE';
  }
  if (cert.expiresOn < today) {
    return 'EXPIRED';
  }
  if (cert.suspended) {
    return 'SUSPENDED';
  }
  const days = (Date.parse(`${cert.expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'VALID';
}

export function statsOf(officers: OfficerStanding[]): RollupStats {
  const n = officers.length;
  const count = (f: (o: OfficerStanding) => boolean) => officers.filter(f).length;
  const complete = count((o) => o.trainingComplete);
  const eligible = count((o) => o.dutyEligible);
  return {
    officerCount: n,
    trainingCompleteCount: complete,
    trainingCompleteShare: pct(complete, n),
    dutyEligibleCount: eligible,
    dutyEligibleShare: pct(eligible, n),
    certificationExpiringCount: count((o) => o.certification === 'EXPIRING'),
    certificationExpiredCount: count((o) => o.certification === 'EXPIRED'),
    certificationSuspendedCount: count((o) => o.certification === 'SUSPENDED'),
    notCertifiedCount: count((o) => o.certification === 'NONE'),
  };
}

/** The units under `rootUnitId` (itself included; null: every root), depth first, children by name then id. */
export function subtree(nodes: TreeNode[], rootUnitId: string | null): (TreeNode & { depth: number })[] {
  const children = new Map<string | null, TreeNode[]>();
  nodes.forEach((n) => children.set(n.parentUnitId, [...(children.get(n.parentUnitId) ?? []), n]));
  const sorted = (list: TreeNode[]) => [...list].sort((a, b) => a.shortName.localeCompare(b.shortName, 'zh') || a.unitId.localeCompare(b.unitId));
  const out: (TreeNode & { depth: number })[] = [];
  const seen = new Set<string>();
  const walk = (node: TreeNode, depth: number) => {
    if (seen.has(node.unitId)) {
      return; // a cycle in replicated data must not loop
    }
    seen.add(node.unitId);
    out.push({ ...node, depth });
    sorted(children.get(node.unitId) ?? []).forEach((c) => walk(c, depth + 1));
  };
  const roots = rootUnitId === null ? sorted(children.get(null) ?? []) : nodes.filter((n) => n.unitId === rootUnitId);
  roots.forEach((r) => walk(r, 0));
  return out;
}

/**
 * Every unit of the subtree with `summarize` applied to its own officers plus all its descendants' officers (an
 * officer counts in their unit, its brigade and the bureau). Officers of units outside the subtree count nowhere.
 */
export function rollUpTree<O extends { unitId: string }, S>(
  nodes: TreeNode[],
  officers: O[],
  rootUnitId: string | null,
  summarize: (officers: O[]) => S,
): (TreeNode & { depth: number; directOfficerCount: number; stats: S })[] {
  const units = subtree(nodes, rootUnitId);
  const parent = new Map(nodes.map((n) => [n.unitId, n.parentUnitId]));
  const inTree = new Set(units.map((u) => u.unitId));
  const bucket = new Map<string, O[]>(units.map((u) => [u.unitId, []]));
  const direct = new Map<string, number>();
  for (const o of officers) {
    direct.set(o.unitId, (direct.get(o.unitId) ?? 0) + 1);
    const seen = new Set<string>();
    for (let u: string | null | undefined = o.unitId; u && inTree.has(u) && !seen.has(u); u = parent.get(u)) {
      seen.add(u);
      bucket.get(u)!.push(o);
    }
  }
  return units.map((u) => ({ ...u, directOfficerCount: direct.get(u.unitId) ?? 0, stats: summarize(bucket.get(u.unitId)!) }));
}

/** Every unit of the subtree with the stats of its own officers plus all its descendants' officers. */
export function rollUp(nodes: TreeNode[], officers: OfficerStanding[], rootUnitId: string | null): UnitRollupRow[] {
  return rollUpTree(nodes, officers, rootUnitId, statsOf);
}
