import { registerEnumType } from 'type-graphql';

export enum CourseCategory {
  LAW_AND_REGULATION = 'LAW_AND_REGULATION',
  COMMUNICATION = 'COMMUNICATION',
  SERVICE_MINDSET = 'SERVICE_MINDSET',
  FLEXIBLE_ENFORCEMENT = 'FLEXIBLE_ENFORCEMENT',
  EMERGENCY_HANDLING = 'EMERGENCY_HANDLING',
  DOCUMENT_WRITING = 'DOCUMENT_WRITING',
  DIGITAL_TOOLS = 'DIGITAL_TOOLS',
}

registerEnumType(CourseCategory, {
  name: 'CourseCategory',
  description: '课程类别 — training course category (also the category of training hours)',
  valuesConfig: {
    LAW_AND_REGULATION: { description: '法律法规 — law and regulations' },
    COMMUNICATION: { description: '沟通技巧 — communication skills' },
    SERVICE_MINDSET: { description: '服务意识 — service mindset' },
    FLEXIBLE_ENFORCEMENT: { description: '柔性执法 — flexible-enforcement technique' },
    EMERGENCY_HANDLING: { description: '应急处置 — emergency handling' },
    DOCUMENT_WRITING: { description: '文书制作 — enforcement document writing' },
    DIGITAL_TOOLS: { description: '移动执法工具 — mobile case tools' },
  },
});
