import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Revokes a permit with the reason the merchant is told and frees its stall, in the caller's transaction (the
 * squad's revokeStallPermit and the credit-event consequence both end here). The permit row must be locked.
 */
export async function revokePermit(em: EntityManager, permit: { id: string; stallId?: string | null }, reason: string): Promise<void> {
  const schema = em.config.get('schema');
  await em.execute(`update "${schema}".stall_permit set status = 'REVOKED', revoked_at = now(), revocation_reason = ?, updated_at = now() where id = ?`, [
    reason,
    permit.id,
  ]);
  if (permit.stallId) {
    await em.execute(`update "${schema}".stall set status = 'FREE', updated_at = now() where id = ? and status = 'ALLOCATED'`, [permit.stallId]);
  }
}
