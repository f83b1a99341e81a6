import { Field, Float, Int, ObjectType } from 'type-graphql';

import { ActivityKind } from '../activity/activity-enums';

@ObjectType({
  description: '服务记录条目 — one approved period of volunteer service',
})
export class ServiceRecordEntry {
  @Field(() => String, { description: '组织单位 — organising unit' })
  organizer!: string;

  @Field(() => String, { description: '活动名称 — activity title' })
  activityTitle!: string;

  @Field(() => ActivityKind, { description: '活动类型 — kind of service' })
  kind!: ActivityKind;

  @Field(() => String, {
    description: '服务日期 — date of service (YYYY-MM-DD, Beijing time)',
  })
  date!: string;

  @Field(() => Float, { description: '认定时长（小时）— approved hours' })
  hours!: number;
}

@ObjectType({
  description: '志愿服务记录 — record of service of one volunteer: approved hours only, latest 500 entries',
})
export class ServiceRecord {
  @Field(() => String, {
    description: '志愿者姓名 — the volunteer’s full name',
  })
  volunteerName!: string;

  @Field(() => [ServiceRecordEntry], {
    description: '服务记录 — approved entries, latest first',
  })
  entries!: ServiceRecordEntry[];

  @Field(() => Float, {
    description: '累计时长（小时）— total hours of the listed entries',
  })
  totalHours!: number;

  @Field(() => Int, { description: '条目数 — number of listed entries' })
  entryCount!: number;

  @Field(() => Boolean, {
    description: '已截断 — true when older approved entries were left out (limit 500)',
  })
  truncated!: boolean;

  @Field(() => String, {
    description: '导出 CSV — the same content as UTF-8 CSV text with a Chinese header row, for download',
  })
  csv!: string;
}
