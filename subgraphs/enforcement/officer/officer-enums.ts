import { registerEnumType } from 'type-graphql';

export enum OfficerPosition {
  MEMBER = 'MEMBER',
  LEGAL_OFFICER = 'LEGAL_OFFICER',
  DEPUTY_SQUAD_LEADER = 'DEPUTY_SQUAD_LEADER',
  SQUAD_LEADER = 'SQUAD_LEADER',
  BRIGADE_LEADER = 'BRIGADE_LEADER',
  BUREAU_LEADER = 'BUREAU_LEADER',
}

export enum OfficerStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  RETIRED = 'RETIRED',
}

registerEnumType(OfficerPosition, {
  name: 'OfficerPosition',
  description: '职务 — position of an officer',
  valuesConfig: {
    MEMBER: { description: '执法队员 — officer' },
    LEGAL_OFFICER: { description: '法制员 — legal officer who reviews cases' },
    DEPUTY_SQUAD_LEADER: { description: '副中队长 — deputy squad leader' },
    SQUAD_LEADER: { description: '中队长 — squad leader' },
    BRIGADE_LEADER: { description: '大队长 — brigade leader' },
    BUREAU_LEADER: { description: '局领导 — bureau leadership' },
  },
});

registerEnumType(OfficerStatus, {
  name: 'OfficerStatus',
  description: '在岗状态 — employment status',
  valuesConfig: {
    ACTIVE: { description: '在岗 — on the roster' },
    SUSPENDED: { description: '停职 — suspended from duty' },
    RETIRED: { description: '离岗 — left the service' },
  },
});
