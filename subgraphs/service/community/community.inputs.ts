import { Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Connection, ConnectionArgs } from '../../../kernel/graphql/connection';
import { CommunityPost } from './community-post.entity';
import { OpinionItem } from './opinion-item.entity';

@InputType({
  description: '派驻社区 — station an officer of the squad in a community (a SUPERVISOR of the squad); a second call for the community replaces the officer',
})
export class AssignCommunityPostInput {
  @Field(() => ID, { description: "网格编码 — the community's grid cell (2–20 characters)" })
  @Length(2, 20)
  gridCode!: string;

  @Field(() => String, { description: '社区 — community name, 2–40 characters' })
  @Length(2, 40)
  community!: string;

  @Field(() => ID, { description: '派驻队员 — enforcement Officer id (UUID) of an officer of the squad' })
  officerId!: string;

  @Field(() => String, { description: '联系电话 — duty line for the card: a fixed line such as 0579-88812319, or 12319 (no mobile numbers)' })
  @Length(5, 20)
  workPhone!: string;

  @Field(() => String, { description: '接待时间 — 2–80 characters' })
  @Length(2, 80)
  serviceHours!: string;
}

@InputType({ description: "提交社区意见 — leave an opinion in a community's box (anyone, signed in or not)" })
export class SubmitCommunityOpinionInput {
  @Field(() => ID, { description: '社区工作站 — the community post (UUID)' })
  postId!: string;

  @Field(() => String, { description: '意见内容 — 5–500 characters' })
  @Length(5, 500)
  text!: string;
}

@InputType({ description: '答复社区意见 — answer an opinion (the stationed officer, staff of the squad, ADMIN)' })
export class AnswerCommunityOpinionInput {
  @Field(() => ID, { description: '意见 — the opinion item (UUID)' })
  opinionId!: string;

  @Field(() => String, { description: '答复 — 2–500 characters' })
  @Length(2, 500)
  answer!: string;
}

@ObjectType({ description: 'Result of assignCommunityPost' })
export class CommunityPostPayload {
  @Field(() => CommunityPost, { description: 'The post' })
  post!: CommunityPost;
}

@ObjectType({ description: 'Result of submitCommunityOpinion or answerCommunityOpinion' })
export class OpinionItemPayload {
  @Field(() => OpinionItem, { description: 'The opinion' })
  opinion!: OpinionItem;
}

@ObjectType({ description: '意见箱统计 — how the opinion box is answered (public, on the contact card)' })
export class OpinionBoxStats {
  @Field(() => Int, { description: '收到 — opinions received' })
  received!: number;

  @Field(() => Int, { description: '已答复 — opinions answered' })
  answered!: number;
}

@ArgsType()
export class OpinionItemsArgs extends ConnectionArgs {}

@ObjectType({ description: '社区意见列表 — a page of opinions, newest first' })
export class OpinionItemConnection extends Connection(OpinionItem, '社区意见') {}
