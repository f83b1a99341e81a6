import type { EntityManager } from '@mikro-orm/postgresql';

import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import type { EnforcementProcedure } from '../disclosure/enforcement-procedure.type';
import { proceduresUnder } from '../disclosure/enforcement-procedures';
import { EnforcementThresholds } from './enforcement-thresholds.entity';
import { checkThresholdVersion, thresholdsInForce } from './thresholds-rules';
import type { Thresholds } from './thresholds-rules';
import type { SetEnforcementThresholdsInput } from './thresholds.inputs';

/** Every adopted version (a handful), to judge decisions by the version in force when each was made. */
export async function loadThresholdVersions(em: EntityManager): Promise<EnforcementThresholds[]> {
  return em.find(EnforcementThresholds, {}, { orderBy: { effectiveFrom: 'asc', version: 'asc' } });
}

/** The thresholds in force at `at`. */
export async function thresholdsAt(em: EntityManager, at: Date): Promise<Thresholds> {
  return thresholdsInForce(await loadThresholdVersions(em), at);
}

/** 执法制度阈值: public reading of the version in force and its history; ADMIN adopts new versions. */
export class ThresholdsService extends BaseService {
  async inForce(at: Date | null): Promise<EnforcementThresholds> {
    const when = at ?? new Date();
    const versions = await loadThresholdVersions(this.em);
    const t = thresholdsInForce(versions, when);
    const found = versions.find((v) => v.version === t.version);
    if (found) {
      return found;
    }
    return Object.assign(new EnforcementThresholds(), {
      version: 0,
      effectiveFrom: new Date(0),
      largeFinePersonYuan: t.largeFineYuan.person,
      largeFineOrganisationYuan: t.largeFineYuan.organisation,
      confiscationReviewFromYuan: t.confiscationReviewFromYuan,
      publicationWorkingDays: t.publicationWorkingDays,
      withdrawalWorkingDays: t.withdrawalWorkingDays,
      disclosureReviewHours: t.disclosureReviewHours,
      adoptedBy: '《中华人民共和国行政处罚法》、国办发〔2018〕118号（法定默认值）',
      setBy: 'law',
    });
  }

  /** 执法程序公示 with the bureau's amounts and deadlines in force now. */
  async procedures(): Promise<EnforcementProcedure[]> {
    return proceduresUnder(await thresholdsAt(this.em, new Date()));
  }

  history(args: ConnectionArgs) {
    return paginate(this.em, EnforcementThresholds, args, {
      where: {},
      orderBy: { version: 'desc', id: 'desc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** ADMIN adopts a new version; checked before anything is written (two at once: the unique version answers CONFLICT). */
  async set(input: SetEnforcementThresholdsInput): Promise<{ thresholds: EnforcementThresholds }> {
    this.requireRole('ADMIN');
    return this.em.transactional(async (tx) => {
      const [latest = null] = await tx.find(EnforcementThresholds, {}, { orderBy: { version: 'desc' }, limit: 1 });
      const next = { ...input };
      checkThresholdVersion(next, latest, new Date());
      const thresholds = tx.create(EnforcementThresholds, { ...next, version: (latest?.version ?? 0) + 1, setBy: this.actor.subject! });
      return { thresholds };
    });
  }
}
