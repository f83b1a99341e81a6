/** 协作部门 of 兰溪 for 吹哨报到. DEPARTMENT users carry `departmentId = seedId('department', key)`. */
export const DEPARTMENTS = [
  { key: 'market', name: '兰溪市市场监督管理局', shortName: '市场监管', dutyPhone: '0579-88900315' },
  { key: 'environment', name: '金华市生态环境局兰溪分局', shortName: '环保', dutyPhone: '0579-88812369' },
  { key: 'police', name: '兰溪市公安局', shortName: '公安', dutyPhone: '0579-88818110' },
  { key: 'traffic', name: '兰溪市公安局交通警察大队', shortName: '交警', dutyPhone: '0579-88822122' },
  { key: 'education', name: '兰溪市教育局', shortName: '教育', dutyPhone: '0579-88812345' },
  { key: 'housing', name: '兰溪市住房和城乡建设局', shortName: '住建', dutyPhone: '0579-88813456' },
];
