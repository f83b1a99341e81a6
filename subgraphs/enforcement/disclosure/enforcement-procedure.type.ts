import { Field, ObjectType } from 'type-graphql';

/** 执法程序 — one procedure of the bureau in plain words (行政执法公示, 事前公开). */
@ObjectType({ description: '执法程序 — a penalty procedure in plain words, published before enforcement (事前公开)' })
export class EnforcementProcedure {
  @Field(() => String, { description: '代码 — SIMPLE, GENERAL or HEARING' })
  code!: string;

  @Field(() => String, { description: '名称 — name in Chinese' })
  nameZh!: string;

  @Field(() => String, { description: '适用情形与步骤 — when it applies and what happens, in plain words' })
  description!: string;

  @Field(() => String, { description: '法律依据 — legal basis' })
  legalBasis!: string;
}
