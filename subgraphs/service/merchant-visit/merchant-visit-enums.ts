import { registerEnumType } from 'type-graphql';

export enum ConcernTopic {
  LICENCE = 'LICENCE',
  PREMISES = 'PREMISES',
  SANITATION = 'SANITATION',
  FACILITIES = 'FACILITIES',
  DISPUTE = 'DISPUTE',
  POLICY = 'POLICY',
  OTHER = 'OTHER',
}

export enum ConcernResolution {
  SOLVED_ON_THE_SPOT = 'SOLVED_ON_THE_SPOT',
  MANAGEMENT_TASK = 'MANAGEMENT_TASK',
}

registerEnumType(ConcernTopic, {
  name: 'ConcernTopic',
  description: '诉求类别 — what a merchant raised during a visit',
  valuesConfig: {
    LICENCE: { description: '证照办理 — licences and permits' },
    PREMISES: { description: '经营场所 — shop front, outdoor display, stall location' },
    SANITATION: { description: '环境卫生 — waste, cleaning, 门前三包' },
    FACILITIES: { description: '设施维修 — lights, drains, pavements' },
    DISPUTE: { description: '邻里纠纷 — disputes with neighbours or other merchants' },
    POLICY: { description: '政策咨询 — questions about rules and policies' },
    OTHER: { description: '其他 — anything else' },
  },
});

registerEnumType(ConcernResolution, {
  name: 'ConcernResolution',
  description: '处理方式 — how a concern was handled (走访: 能当场解决的当场解决)',
  valuesConfig: {
    SOLVED_ON_THE_SPOT: { description: '当场解决 — solved during the visit (counts to the service share of 721)' },
    MANAGEMENT_TASK: { description: '转管理任务 — handed on as a management task (follow-up by the squad)' },
  },
});
