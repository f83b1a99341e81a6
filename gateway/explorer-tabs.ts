/**
 * What the explorer opens with: four Chinese example tabs (each a valid operation of the client API; a test
 * validates them) and a header template for the token.
 */
export interface ExplorerTab {
  query: string;
  variables?: string;
  headers?: string;
}

const TOKEN_HINT = 'npm run --silent token -- --role ADMIN --sub admin';

/** The header editor's template: paste a token after "Bearer " (anonymous callers remove the line). */
export const HEADER_TEMPLATE = JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2);

export const EXPLORER_TABS: ExplorerTab[] = [
  {
    query: `# 公共目录 — 无需登录：违法行为目录（首违不罚清单）与网格
query PublicCatalogue {
  violationTypes(first: 5, filter: { onExemptionList: true }) {
    edges { node { code nameZh legalBasisLaw legalBasisArticle fineMinYuan fineMaxYuan } }
  }
  gridCells(first: 3) { edges { node { code name street unit { shortName } } } }
}
`,
    headers: '{}',
  },
  {
    query: `# 随手拍进度查询 — 市民凭查询码查看上报处理进度（无需登录）
query TrackReport($trackingCode: String!) {
  trackReport(trackingCode: $trackingCode) { trackingCode status submittedAt grid { code name } }
}
`,
    variables: JSON.stringify({ trackingCode: '<查询码 tracking code>' }, null, 2),
    headers: '{}',
  },
  {
    query: `# 执法队员工作台 — 本人信息、网格、培训学时与经办案件（需队员或管理员令牌：${TOKEN_HINT}）
query OfficerDashboard($id: ID!) {
  officer(id: $id) {
    name badgeNumber unit { name } grids { code name }
    trainingHours(year: 2026) { totalHours requiredHours met }
  }
  cases(first: 10, filter: { officerId: $id }) { totalCount edges { node { number status } } }
}
`,
    variables: JSON.stringify({ id: '<队员 id: { officers(first: 5) { edges { node { id name } } } }>' }, null, 2),
    headers: HEADER_TEMPLATE,
  },
  {
    query: `# 培训管理台 — 课程目录与年度培训合规（需培训管理员令牌：--role TRAINER --sub trainer）
query TrainerDesk {
  courses(first: 10) { totalCount edges { node { code title category creditHours } } }
  trainingCompliance(year: 2026) { year overall { officerCount hoursMetCount hoursCoverage } }
}
`,
    headers: HEADER_TEMPLATE,
  },
];
