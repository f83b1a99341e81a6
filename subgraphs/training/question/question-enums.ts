import { registerEnumType } from 'type-graphql';

export enum QuestionType {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TRUE_FALSE = 'TRUE_FALSE',
  SHORT_ANSWER = 'SHORT_ANSWER',
  CASE_ANALYSIS = 'CASE_ANALYSIS',
}

export enum Difficulty {
  EASY = 'EASY',
  MEDIUM = 'MEDIUM',
  HARD = 'HARD',
}

registerEnumType(QuestionType, {
  name: 'QuestionType',
  description: '题型 — question type',
  valuesConfig: {
    SINGLE_CHOICE: { description: '单选题 — exactly one correct option' },
    MULTIPLE_CHOICE: { description: '多选题 — two or more correct options; partial credit (see gradeItem)' },
    TRUE_FALSE: { description: '判断题 — true or false' },
    SHORT_ANSWER: { description: '简答题 — graded by keywords' },
    CASE_ANALYSIS: {
      description:
        '案例分析题 — free-text answer graded by a trainer against a rubric (keywords hold the rubric criteria); the attempt’s score is final only when graded',
    },
  },
});

registerEnumType(Difficulty, {
  name: 'Difficulty',
  description: '难度 — difficulty set by the author',
  valuesConfig: {
    EASY: { description: '容易 — easy' },
    MEDIUM: { description: '中等 — medium' },
    HARD: { description: '困难 — hard' },
  },
});
