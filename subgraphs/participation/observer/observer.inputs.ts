import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import { ObserverAppointment } from './observer-appointment.entity';

@InputType({
  description: '聘任城管观察员 — appoint a citizen observer for a term of at most 2 years',
})
export class AppointObserverInput {
  @Field(() => String, { description: '账号 — the citizen’s sign-in subject' })
  @Length(1, 64)
  subject!: string;

  @Field(() => String, { description: '姓名 — 2–50 characters' })
  @Length(2, 50)
  name!: string;

  @Field(() => String, { description: '聘期开始 — YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'termStartsOn must be a date YYYY-MM-DD',
  })
  termStartsOn!: string;

  @Field(() => String, {
    description: '聘期结束 — YYYY-MM-DD, at most 2 years after the start',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'termEndsOn must be a date YYYY-MM-DD',
  })
  termEndsOn!: string;
}

@ObjectType({ description: 'Result of appointObserver' })
export class ObserverPayload {
  @Field(() => ObserverAppointment, { description: 'The appointment' })
  observer!: ObserverAppointment;
}

@ArgsType()
export class ObserversArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: '在聘日期 — only terms covering this day (YYYY-MM-DD)',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'activeOn must be a date YYYY-MM-DD',
  })
  activeOn?: string | null;
}
