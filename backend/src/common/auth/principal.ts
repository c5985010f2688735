import type { Language } from '../i18n/language';
import type { Role } from './roles';

/** The authenticated caller, resolved once per request by the authentication guard. */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  readonly email: string;
  readonly displayName: string;
  readonly preferredLanguage: Language;
  readonly unitId: string | null;
  /** For agents: the regions assigned to them today (Europe/Helsinki). */
  readonly regionCodes: readonly string[];
  readonly authMethod: 'session' | 'token';
  /** The session's key (the SHA-256 of its cookie), for cookie-authenticated requests. */
  readonly sessionTokenHash: string | null;
}

/** What a service needs to know about who acts: for scoping queries and for the audit trail. */
export interface Actor {
  readonly principal: Principal;
  readonly requestId: string | null;
}
