import { signDevToken } from '../../kernel/auth/dev-token';
import type { Role } from '../../kernel/auth/roles';
import { TEST_JWT_SECRET } from './test-env';

/** A bearer token as the bureau's identity provider would issue it (HS256 with the test secret). */
export function tokenFor(role: Role | Role[], sub: string, extra: { unit?: string; dept?: string } = {}): Promise<string> {
  return signDevToken({ sub, roles: Array.isArray(role) ? role : [role], ...extra }, TEST_JWT_SECRET, 'test');
}
