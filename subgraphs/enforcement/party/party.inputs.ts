import { IsOptional, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

import { Merchant } from './merchant.entity';
import { BusinessType } from './party-enums';
import { Person } from './person.entity';

@InputType({ description: '登记商户 — register a merchant as a party' })
export class RegisterMerchantInput {
  @Field(() => String, { description: '商户名称 — 2–100 characters' })
  @Length(2, 100)
  name!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — 18 characters with a valid check character (none for unlicensed vendors)' })
  creditCode?: string | null;

  @Field(() => BusinessType, { description: '经营类型 — business type' })
  businessType!: BusinessType;

  @Field(() => String, { description: '经营地址 — 2–200 characters' })
  @Length(2, 200)
  address!: string;

  @Field(() => String, { description: '经营者 — operator, 1–40 characters' })
  @Length(1, 40)
  operatorName!: string;

  @Field(() => String, { nullable: true, description: '联系电话 — mainland mobile number; stored protected' })
  @IsOptional()
  operatorPhone?: string | null;
}

@InputType({ description: '登记自然人当事人 — register a person as a party' })
export class RegisterPersonInput {
  @Field(() => String, { description: '姓名 — 1–40 characters' })
  @Length(1, 40)
  name!: string;

  @Field(() => String, { description: '身份证号 — 18 characters with a valid check character; stored protected' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: '联系电话 — mainland mobile number; stored protected' })
  @IsOptional()
  phone?: string | null;
}

@ObjectType({ description: 'Result of registerMerchant' })
export class RegisterMerchantPayload {
  @Field(() => Merchant, { description: 'The merchant (the existing one when the credit code is already registered)' })
  merchant!: Merchant;
}

@ObjectType({ description: 'Result of registerPerson' })
export class RegisterPersonPayload {
  @Field(() => Person, { description: 'The person (the existing one when the ID number is already registered)' })
  person!: Person;
}
