import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKeyProp, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import { ViolationCategory } from './violation-category.enum';

@Entity({ tableName: 'violation_type' })
@ObjectType({ description: '违法行为类型 — catalogue entry of a violation, with its legal basis and fine range' })
@Directive('@key(fields: "code")')
export class ViolationType {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: '编码 — catalogue code, e.g. SV-01' })
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Field(() => String, { description: '名称（中文） — name in Chinese' })
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field(() => String, { description: 'Name in English' })
  @Property({ type: 'string', length: 140 })
  nameEn!: string;

  @Field(() => ViolationCategory, { description: '类别 — category' })
  @Index()
  @Enum({ items: () => ViolationCategory, nativeEnumName: 'violation_category' })
  category!: ViolationCategory;

  @Field(() => String, { description: '法律依据 — law or regulation, e.g. 《城市市容和环境卫生管理条例》' })
  @Property({ type: 'string', length: 120 })
  legalBasisLaw!: string;

  @Field(() => String, { description: '条款 — article, e.g. 第三十四条' })
  @Property({ type: 'string', length: 60 })
  legalBasisArticle!: string;

  @Field(() => Int, { description: '罚款下限（元） — minimum fine in yuan' })
  @Property({ type: 'integer' })
  fineMinYuan!: number;

  @Field(() => Int, { description: '罚款上限（元） — maximum fine in yuan' })
  @Property({ type: 'integer' })
  fineMaxYuan!: number;

  @Field(() => Boolean, { description: '轻微违法行为免罚清单 — on the minor-violation exemption list (首违不罚)' })
  @Index()
  @Property({ type: 'boolean' })
  onExemptionList!: boolean;

  @Field(() => String, { nullable: true, description: '免罚条件 — conditions for the exemption, when on the list' })
  @Property({ type: 'string', length: 300, nullable: true })
  exemptionConditions?: string | null;

  @Field(() => Boolean, { description: '可以劳代罚 — labor in lieu of a fine allowed' })
  @Property({ type: 'boolean' })
  laborInLieuAllowed!: boolean;

  @Field(() => Int, { description: '办理时限（工作日） — handling time limit in working days, counted from filing on the working calendar' })
  @Property({ type: 'smallint', default: 15 })
  handlingWorkingDays: Opt<number> = 15;

  @Field(() => Int, { description: '默认整改期限（天） — default rectification period in days' })
  @Property({ type: 'integer' })
  rectificationDays!: number;
}
