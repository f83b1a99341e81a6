import { registerEnumType } from 'type-graphql';

export enum ExamKind {
  PRACTICE = 'PRACTICE',
  CERTIFICATION = 'CERTIFICATION',
}

export enum PaperMode {
  FIXED = 'FIXED',
  RANDOM = 'RANDOM',
}

export enum CountingPolicy {
  HIGHEST = 'HIGHEST',
  LAST = 'LAST',
}

registerEnumType(ExamKind, {
  name: 'ExamKind',
  description: '考试类型 — kind of exam',
  valuesConfig: {
    PRACTICE: { description: '练习/结业考试 — practice or course exam' },
    CERTIFICATION: { description: '执法资格认证考试 — passing issues a certification' },
  },
});

registerEnumType(PaperMode, {
  name: 'PaperMode',
  description: '组卷方式 — how the paper is built',
  valuesConfig: {
    FIXED: { description: '固定试卷 — the same questions for everyone (option order still shuffled)' },
    RANDOM: { description: '随机组卷 — drawn per attempt by topic × difficulty × count rules, unseen questions first' },
  },
});

registerEnumType(CountingPolicy, {
  name: 'CountingPolicy',
  description: '计分规则 — which graded attempt counts',
  valuesConfig: {
    HIGHEST: { description: '最高分 — the best graded attempt' },
    LAST: { description: '最后一次 — the latest graded attempt' },
  },
});
