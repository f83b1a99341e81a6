import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({
  description:
    '社区评价 — rate a community post 1–5 (双线考核): a supervisor of the squad on the squad line, any other signed-in caller as a resident; rating again replaces the earlier rating',
})
export class RateCommunityPostInput {
  @Field(() => ID, { description: '社区工作站 — the community post (UUID)' })
  postId!: string;

  @Field(() => Int, { description: '评分 — 1 (poor) to 5 (excellent)' })
  @Min(1)
  @Max(5)
  score!: number;
}

@ObjectType({ description: '双线考核 — how the squad and the community rate a post over the last 365 days' })
export class CommunityAssessment {
  @Field(() => Int, { description: '居民评价数 — residents who rated' })
  residentRatings!: number;

  @Field(() => Float, { nullable: true, description: '居民平均分 — 1–5; null without ratings' })
  residentAverage!: number | null;

  @Field(() => Int, { description: '中队评价数 — supervisors of the squad who rated' })
  squadRatings!: number;

  @Field(() => Float, { nullable: true, description: '中队平均分 — 1–5; null without ratings' })
  squadAverage!: number | null;

  @Field(() => Float, { nullable: true, description: "双线考核得分 — 0–100: the mean of both lines' averages × 20; null until both lines have rated" })
  score!: number | null;
}

@ObjectType({ description: 'Result of rateCommunityPost' })
export class RateCommunityPostPayload {
  @Field(() => CommunityAssessment, { description: "The post's assessment after the rating" })
  assessment!: CommunityAssessment;
}
