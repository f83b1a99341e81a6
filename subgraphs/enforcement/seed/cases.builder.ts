import { createHash } from 'node:crypto';

import { seedId } from '../../../kernel/db/seed-id';
import { GRID_CELLS, demoTile } from '../../../kernel/demo/demo-grid';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { CaseSource, CaseStatus as S } from '../case/case-enums';
import { formatCaseNumber } from '../case/case-number';
import { DispositionKind as K } from '../disposition/disposition-enums';
import { colourOf, decisionDueAt, procedureFor, trackOf } from '../disposition/disposition-ladder';
import { EvidenceKind } from '../evidence/evidence-kind.enum';
import { PartyKind } from '../party/party-enums';
import type { ChainedEvent } from '../timeline/hash-chain';
import { respondBy, WhistleUrgency } from '../whistle/whistle-rules';
import { DAY, HOUR, planCases, statusesReached } from './case-drafts';
import type { CaseDraft, SeedParty } from './case-drafts';
import { CaseStory } from './case-story';
import type { Row } from './case-story';
import { SQUADS } from './units.data';

export interface SeedType {
  code: string;
  zh: string;
  exempt: boolean;
  labor: boolean;
  days: number;
  min: number;
  max: number;
}
export type { SeedParty };

const SOURCES = Object.values(CaseSource);
const SERVICE_NOTE = '引导至兰江夜市疏导点规范经营（疏堵结合）';
const COMMENTS = ['基本满意，希望加强日常巡查', '满意，执法人员态度好', '非常满意，问题解决及时'];
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export interface SeedOutput {
  cases: Row[];
  events: ChainedEvent[];
  dispositions: Row[];
  evidence: Row[];
  followUps: Row[];
  whistles: Row[];
  reviews: Row[];
  counters: Map<number, number>;
}

/** The ladder step a seeded case gets from its place in the party's history (every 9th case: SERVICE). */
function kindFor(nth: number, type: SeedType, serial: number): K {
  if (serial % 9 === 4) {
    return K.SERVICE;
  }
  if (nth === 0) {
    return type.exempt ? K.WARNING : K.RECTIFICATION_NOTICE;
  }
  return nth === 1 ? K.RECTIFICATION_NOTICE : type.labor && serial % 2 === 0 ? K.LABOR_IN_LIEU : K.PENALTY;
}

function disposition(story: CaseStory, d: CaseDraft, type: SeedType, out: SeedOutput) {
  const kind = kindFor(d.nth, type, d.serial);
  const { row, officer } = story;
  if (kind === K.PENALTY || kind === K.LABOR_IN_LIEU) {
    for (const [k, ev] of [EvidenceKind.RECORDING, EvidenceKind.PHOTO].entries()) {
      const evidenceId = seedId('evidence', `${row.number as string}-${k}`);
      const uri = `https://evidence.lanxi.example/${row.number as string}/${ev.toLowerCase()}-${k + 1}.${k === 0 ? 'mp4' : 'jpg'}`;
      out.evidence.push({
        id: evidenceId,
        case: row.id,
        kind: ev,
        uri,
        sha256: sha(uri),
        capturedBy: officer,
        capturedAt: new Date(story.at - HOUR),
        createdAt: story.now(),
        updatedAt: story.now(),
      });
      story.step('EVIDENCE', officer, {}, { evidenceId, kind: ev, uri, sha256: sha(uri) });
    }
  }
  const fine = kind === K.PENALTY ? Math.min(type.max, type.min * 2) : null;
  const procedure = fine === null ? null : procedureFor(d.party.kind === PartyKind.PERSON ? 'person' : 'organisation', fine);
  const laborHours = kind === K.LABOR_IN_LIEU ? 4 : null;
  const reason = kind === K.SERVICE ? SERVICE_NOTE : null;
  out.dispositions.push({
    id: seedId('disposition', row.number as string),
    case: row.id,
    kind,
    colour: colourOf(kind),
    recommendedKind: kind === K.SERVICE ? kindFor(d.nth, type, 0) : kind,
    deviationReason: reason,
    fineYuan: fine,
    laborHours,
    procedure,
    decisionDueAt: procedure ? decisionDueAt(procedure, row.filedAt as Date) : null,
    rectifyBy: kind === K.RECTIFICATION_NOTICE ? new Date(story.at + type.days * DAY) : null,
    rectifiedAt: kind === K.RECTIFICATION_NOTICE ? new Date(story.at + 20 * HOUR) : null,
    decidedBy: officer,
    decidedAt: story.now(),
  });
  story.step('DISPOSITION', officer, { track: trackOf(kind), procedure }, { disposition: { kind, fineYuan: fine, laborHours, recommended: kind } }, reason);
}

/** Every 11th handled case calls a department in; some answer late, open ones may still be waiting (breaches). */
function whistle(story: CaseStory, d: CaseDraft, type: SeedType, out: SeedOutput) {
  const urgency = d.serial % 2 ? WhistleUrgency.URGENT : WhistleUrgency.NORMAL;
  const key = type.code.startsWith('CF') || type.code.startsWith('NS') ? 'environment' : 'market';
  const id = seedId('whistle', story.row.number as string);
  const blownAt = story.now();
  const by = respondBy(blownAt, urgency);
  const w: Row = {
    id,
    case: story.row.id,
    unit: story.row.unit,
    department: seedId('department', key),
    urgency,
    reason: `${type.zh}，需协作部门联合处置`,
    blownBy: story.officer,
    blownAt,
    respondBy: by,
    respondedLate: false,
  };
  story.step('WHISTLE', story.officer, {}, { whistleId: id, departmentId: w.department, urgency }, w.reason as string, 1);
  if (story.row.status !== S.IN_PROGRESS || d.serial % 2) {
    const late = d.serial % 4 === 3;
    const respondedAt = new Date(by.getTime() + (late ? 3 : -1) * HOUR);
    Object.assign(w, { acknowledgedAt: new Date(blownAt.getTime() + 0.5 * HOUR), respondedAt, response: '已到场联合处置', respondedLate: late });
    story.at = respondedAt.getTime();
    story.step('WHISTLE_RESPONSE', `department:${key}`, {}, { whistleId: id, respondedAt, late }, '已到场联合处置', 1);
  }
  out.whistles.push(w);
}

function aftercare(story: CaseStory, d: CaseDraft, out: SeedOutput) {
  if (d.serial % 5 !== 0) {
    story.at += 14 * HOUR;
    const satisfaction = 3 + (d.serial % 3);
    const comment = COMMENTS[satisfaction - 3];
    out.followUps.push({
      id: seedId('follow-up', story.row.number as string),
      case: story.row.id,
      visitedAt: story.now(),
      satisfaction,
      comment,
      onTime: true,
      visitedBy: story.officer,
    });
    story.step('FOLLOW_UP', story.officer, { followedUpAt: story.now() }, { satisfaction, onTime: true }, comment);
  }
  if (d.serial % 13 === 0) {
    const typical = d.serial % 26 === 0;
    const summary = typical ? '柔性执法与依法处罚结合得当，证据链完整，可作为典型案例' : '程序规范，文书齐全';
    out.reviews.push({
      id: seedId('case-review', story.row.number as string),
      case: story.row.id,
      score: typical ? 95 : 82,
      summary,
      isTypicalCase: typical,
      reviewedBy: story.leader,
      reviewedAt: story.now(),
    });
    story.step('REVIEW', story.leader, { isTypicalCase: typical }, { score: typical ? 95 : 82, isTypicalCase: typical }, summary);
  }
}

function newRow(d: CaseDraft, number: string, type: SeedType, unitIdOf: (squadKey: string) => string) {
  const cellIndex = (d.partyIndex * 7 + d.nth) % GRID_CELLS.length;
  const cell = GRID_CELLS[cellIndex];
  const squad = SQUADS.findIndex((s) => s.key === cell.squad);
  const tile = demoTile(cellIndex);
  const row: Row = {
    id: seedId('case', number),
    number,
    status: S.REPORTED,
    source: SOURCES[d.serial % SOURCES.length],
    violationType: type.code,
    partyKind: d.party.kind,
    partyId: d.party.id,
    gridCell: cell.code,
    unit: unitIdOf(cell.squad),
    description: `${cell.community}${d.party.name}${type.zh}`,
    lat: tile.minLat + 0.004,
    lng: tile.minLng + 0.005,
    address: `兰溪市${cell.street}${cell.community}`,
    minorHarm: d.nth === 0,
    correctedOnSpot: d.nth === 0 && d.serial % 3 !== 0,
    occurredAt: new Date(d.occurredAt),
    filedAt: null,
    dueAt: null,
    closedAt: null,
    assignee: null,
    track: null,
    procedure: null,
    reworkCount: 0,
    followedUpAt: null,
    isTypicalCase: false,
  };
  return new CaseStory(row, demoOfficerId(3 + squad * 3 + 1 + (d.serial % 2)), demoOfficerId(3 + squad * 3));
}

/** Walks one case through the statuses it reached, writing the same events the services write. */
function tell(story: CaseStory, d: CaseDraft, type: SeedType, out: SeedOutput) {
  const reached = statusesReached(d.status);
  story.create();
  if (d.status === S.REJECTED) {
    story.close(S.REJECTED, '经核实不属于违法行为，不予立案');
  }
  if (reached.includes(S.FILED)) {
    story.file();
  }
  if (d.status === S.REFERRED) {
    story.close(S.REFERRED, '属市场监管部门职责，移送处理');
  }
  if (reached.includes(S.ASSIGNED)) {
    story.step('ASSIGN', story.leader, { status: S.ASSIGNED, assignee: story.officer });
  }
  if (reached.includes(S.IN_PROGRESS)) {
    story.step('START', story.officer, { status: S.IN_PROGRESS });
    if (d.serial % 11 === 3) {
      whistle(story, d, type, out);
    }
    if (d.status !== S.IN_PROGRESS || d.serial % 2) {
      disposition(story, d, type, out);
    }
  }
  if (reached.includes(S.RESOLVED)) {
    story.step('RESOLVE', story.officer, { status: S.RESOLVED });
    if (d.serial % 6 === 1 && reached.includes(S.VERIFIED)) {
      story.step('REWORK', story.leader, { status: S.IN_PROGRESS, reworkCount: 1 }, {}, '复查发现仍有占道物品，返工');
      story.step('RESOLVE', story.officer, { status: S.RESOLVED });
    }
  }
  if (reached.includes(S.VERIFIED)) {
    story.step('VERIFY', story.leader, { status: S.VERIFIED });
  }
  if (reached.includes(S.CLOSED)) {
    story.close(S.CLOSED);
    aftercare(story, d, out);
  }
}

/** ≥ 200 cases with consistent timelines (valid hash chains), dispositions, evidence, whistles and reviews. */
export function buildSeedCases(parties: SeedParty[], types: Map<string, SeedType>, unitIdOf: (squadKey: string) => string): SeedOutput {
  const out: SeedOutput = { cases: [], events: [], dispositions: [], evidence: [], followUps: [], whistles: [], reviews: [], counters: new Map() };
  for (const d of planCases(parties)) {
    const year = new Date(d.occurredAt).getUTCFullYear();
    out.counters.set(year, (out.counters.get(year) ?? 0) + 1);
    const type = types.get(d.party.violations[d.nth % d.party.violations.length])!;
    const story = newRow(d, formatCaseNumber(year, out.counters.get(year)!), type, unitIdOf);
    tell(story, d, type, out);
    out.cases.push(story.row);
    out.events.push(...story.events);
  }
  return out;
}
