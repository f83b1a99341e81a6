import { GridCell } from '../../subgraphs/enforcement/grid-cell/grid-cell.entity';
import { Officer } from '../../subgraphs/enforcement/officer/officer.entity';
import { OfficerGridAssignment } from '../../subgraphs/enforcement/officer/officer-grid-assignment.entity';
import { OfficerPosition } from '../../subgraphs/enforcement/officer/officer-enums';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { CaseDeskDocument, OfficerDashboardDocument, OfficerRosterDocument, ReportDeskDocument } from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** N+1 guard: the number of SQL statements behind a page does not grow with the page size. */
describe('SQL statements per request through the gateway', () => {
  let stack: Stack;
  let admin: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-sql');
    // 36 demo officers + 70 more, each patrolling two grid cells, so a page of 100 is full.
    const em = stack.servers.enforcement.orm.em.fork();
    const template = await em.findOneOrFail(Officer, { badgeNumber: '3307810004' });
    for (let i = 0; i < 70; i += 1) {
      const officer = em.create(Officer, {
        badgeNumber: `33078109${String(i).padStart(2, '0')}`,
        name: `测试队员${i}`,
        unit: template.unit,
        position: OfficerPosition.MEMBER,
        hiredOn: new Date('2024-03-01'),
      });
      em.create(OfficerGridAssignment, { officer, gridCell: em.getReference(GridCell, 'LX-YS-01') });
      em.create(OfficerGridAssignment, { officer, gridCell: em.getReference(GridCell, 'LX-LJ-02') });
    }
    await em.flush();
  });
  afterAll(() => stack.stop());

  async function statementsFor(run: () => Promise<{ errors?: unknown }>): Promise<number> {
    stack.resetSql();
    const res = await run();
    expect(res.errors).toBeUndefined();
    return stack.sqlTotal();
  }

  it('lists 10 and 100 officers with unit, parent unit and grids in the same number of statements', async () => {
    const ten = await statementsFor(() => execute(stack.gatewayUrl, OfficerRosterDocument, { first: 10 }, { token: admin }));
    const hundred = await statementsFor(() => execute(stack.gatewayUrl, OfficerRosterDocument, { first: 100 }, { token: admin }));
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(6);
  });

  it('lists 10 and 100 reports joined across three subgraphs in the same number of statements', async () => {
    const ten = await statementsFor(() => execute(stack.gatewayUrl, ReportDeskDocument, { first: 10, year: 2026 }, { token: admin }));
    const hundred = await statementsFor(() => execute(stack.gatewayUrl, ReportDeskDocument, { first: 100, year: 2026 }, { token: admin }));
    expect(hundred).toBe(ten);
  });

  it('lists 10 and 100 cases with type, unit, grid cell and assignee in the same number of statements', async () => {
    const ten = await statementsFor(() => execute(stack.gatewayUrl, CaseDeskDocument, { first: 10 }, { token: admin }));
    const hundred = await statementsFor(() => execute(stack.gatewayUrl, CaseDeskDocument, { first: 100 }, { token: admin }));
    expect(hundred).toBe(ten);
  });

  it("answers an officer's dashboard (3 subgraphs) with 10 or 100 of their cases in the same number of statements", async () => {
    const id = demoOfficerId(3);
    const em = stack.servers.enforcement.orm.em.fork();
    const unit = (await em.findOneOrFail(Officer, { id })).unit.id;
    const token = await tokenFor('OFFICER', id, { unit });
    const ten = await statementsFor(() => execute(stack.gatewayUrl, OfficerDashboardDocument, { id, first: 10 }, { token }));
    const hundred = await statementsFor(() => execute(stack.gatewayUrl, OfficerDashboardDocument, { id, first: 100 }, { token }));
    expect(hundred).toBe(ten);
  });
});
