import { registerEnumType } from 'type-graphql';

export enum SurveySubject {
  REPORT = 'REPORT',
  CASE_FOLLOW_UP = 'CASE_FOLLOW_UP',
}

registerEnumType(SurveySubject, {
  name: 'SurveySubject',
  description: '满意度调查对象 — what a satisfaction survey is about',
  valuesConfig: {
    REPORT: { description: '随手拍办结 — a resolved citizen report, answered by the reporter' },
    CASE_FOLLOW_UP: { description: '案件回访 — a closed case, answered by the party during the follow-up visit' },
  },
});
