import { registerEnumType } from 'type-graphql';

export enum EvidenceKind {
  RECORDING = 'RECORDING',
  PHOTO = 'PHOTO',
  STATEMENT = 'STATEMENT',
}

registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: '证据类型 — kind of evidence',
  valuesConfig: {
    RECORDING: { description: '执法记录仪视频 — body-camera recording (执法全过程记录)' },
    PHOTO: { description: '现场照片 — photo' },
    STATEMENT: { description: '询问笔录 / 陈述 — written statement' },
  },
});
