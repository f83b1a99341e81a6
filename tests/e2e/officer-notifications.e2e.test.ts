import { demoOfficerId } from '../../kernel/demo/demo-roster';
import {
  MarkTrainingNotificationsReadDocument,
  MyTrainingNotificationsDocument,
  OfficerNotificationsDocument,
  ReviewExternalTrainingClaimDocument,
  SubmitExternalTrainingClaimDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const officer = demoOfficerId(25);
const claimKinds = <T extends { kind: string }>(items: T[]) => items.filter((n) => n.kind === 'EXTERNAL_CLAIM_DECIDED');

/** Officer.notifications as the issue names it: an officer hears that a trainer decided their external-training claim. */
describe('Officer.notifications through the gateway (issue 10)', () => {
  let stack: Stack;
  let me: string;
  let trainer: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    me = await tokenFor('OFFICER', officer);
    trainer = await tokenFor('TRAINER', 'trainer-claims-e2e');
  });
  afterAll(() => stack.stop());

  it('tells the officer a claim was approved, with the claim, once it is decided', async () => {
    const submitted = await execute(
      stack.gatewayUrl,
      SubmitExternalTrainingClaimDocument,
      {
        input: {
          title: '省城管执法业务培训班',
          provider: '省住建厅',
          completedOn: '2026-11-20',
          hours: 8,
          category: 'LAW_AND_REGULATION',
          evidenceUri: 'https://files.example.cn/cert/2026-11-20.pdf',
        },
      },
      { token: me },
    );
    const claimId = submitted.data!.submitExternalTrainingClaim.claim.id;
    const pending = await execute(stack.gatewayUrl, OfficerNotificationsDocument, { id: officer }, { token: me });
    expect(claimKinds(pending.data!.officer.notifications.items)).toEqual([]);

    await execute(stack.gatewayUrl, ReviewExternalTrainingClaimDocument, { input: { claimId, approve: true } }, { token: trainer });
    const after = await execute(stack.gatewayUrl, OfficerNotificationsDocument, { id: officer }, { token: me });
    expect(after.errors).toBeUndefined();
    expect(after.data!.officer.name).toEqual(expect.any(String));
    expect(claimKinds(after.data!.officer.notifications.items)).toEqual([
      {
        key: `EXTERNAL_CLAIM_DECIDED:${claimId}`,
        kind: 'EXTERNAL_CLAIM_DECIDED',
        read: false,
        message: '外部培训「省城管执法业务培训班」学时申报已通过，计入 8 学时',
        externalClaim: { title: '省城管执法业务培训班', status: 'APPROVED' },
      },
    ]);
  });

  it('marks it read with markTrainingNotificationsRead, and the deprecated myTrainingNotifications lists the same notices', async () => {
    const before = await execute(stack.gatewayUrl, OfficerNotificationsDocument, { id: officer }, { token: me });
    const key = claimKinds(before.data!.officer.notifications.items)[0].key;
    const marked = await execute(stack.gatewayUrl, MarkTrainingNotificationsReadDocument, { keys: [key] }, { token: me });
    expect(marked.data!.markTrainingNotificationsRead.markedCount).toBe(1);
    const after = await execute(stack.gatewayUrl, OfficerNotificationsDocument, { id: officer }, { token: me });
    expect(claimKinds(after.data!.officer.notifications.items)[0].read).toBe(true);
    expect(after.data!.officer.notifications.unreadCount).toBe(before.data!.officer.notifications.unreadCount - 1);
    const legacy = await execute(stack.gatewayUrl, MyTrainingNotificationsDocument, {}, { token: me });
    expect(legacy.data!.myTrainingNotifications.items.map((n) => n.key)).toEqual(after.data!.officer.notifications.items.map((n) => n.key));
  });

  it('keeps an officer’s notifications private: a trainer asking for them is FORBIDDEN', async () => {
    const other = await execute(stack.gatewayUrl, OfficerNotificationsDocument, { id: officer }, { token: trainer });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
