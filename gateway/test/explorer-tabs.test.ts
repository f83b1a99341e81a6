import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, parse, validate } from 'graphql';

import { EXPLORER_TABS, HEADER_TEMPLATE } from '../explorer-tabs';

const api = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));

describe("the explorer's example tabs", () => {
  it('open on the four Chinese examples: public catalogue, report tracking, officer dashboard, trainer desk', () => {
    expect(EXPLORER_TABS.map((t) => /^# (\S+)/.exec(t.query)?.[1])).toEqual(['公共目录', '随手拍进度查询', '执法队员工作台', '培训管理台']);
  });

  it('are valid operations of the client API', () => {
    for (const tab of EXPLORER_TABS) {
      const errors = validate(api, parse(tab.query)).map((e) => e.message);
      expect({ tab: tab.query.split('\n')[0], errors }).toEqual({ tab: tab.query.split('\n')[0], errors: [] });
    }
  });

  it('give staff tabs a header template for the bearer token, public tabs none', () => {
    expect(JSON.parse(HEADER_TEMPLATE)).toEqual({ Authorization: 'Bearer <token>' });
    expect(EXPLORER_TABS.map((t) => t.headers === HEADER_TEMPLATE)).toEqual([false, false, true, true]);
  });
});
