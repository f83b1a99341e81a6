import { Field, InputType } from 'type-graphql';

import { CourseCategory } from './course-category.enum';

@InputType({ description: 'Filter for the course catalogue' })
export class CourseFilter {
  @Field(() => CourseCategory, { nullable: true, description: 'Only this category' })
  category?: CourseCategory | null;
}
