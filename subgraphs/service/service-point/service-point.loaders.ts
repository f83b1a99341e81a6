import { sqlArray } from '../../../kernel/db/sql-array';
import { defineKeyLoader, defineLoader } from '../../../kernel/loaders/define-loader';
import { ServicePoint } from './service-point.entity';

export const servicePointById = defineKeyLoader('servicePointById', ServicePoint, 'id');

/** 累计服务人次 of many service points in one statement. */
export const visitCountByServicePoint = defineLoader<string, number>('visitCountByServicePoint', (scope) => async (ids) => {
  const schema = scope.em.config.get('schema');
  const rows: { id: string; n: string }[] = await scope.em.execute(
    `select service_point_id as id, sum(visits) as n from "${schema}".service_point_visit_tally where service_point_id = any(?::uuid[]) group by service_point_id`,
    [sqlArray(ids)],
  );
  const byId = new Map(rows.map((r) => [r.id, Number(r.n)]));
  return ids.map((id) => byId.get(id) ?? 0);
});
