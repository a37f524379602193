import type { RoleGrant } from '../../features/auth/grants';

export type DemoAccount = {
  email: string;
  givenName: string;
  familyName: string;
  fiscalCode?: string;
  roles: RoleGrant[];
};

/** One person per role, documented in the README; they sign in with an email code from /dev/mailbox. */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'giulia.rossi@example.it',
    givenName: 'Giulia',
    familyName: 'Rossi',
    fiscalCode: 'RSSGLI85M41H501S',
    roles: [],
  },
  {
    email: 'operatore@comune.valdoria.example.it',
    givenName: 'Marco',
    familyName: 'Bianchi',
    roles: [{ role: 'staff', office: 'sportello-polifunzionale' }],
  },
  {
    email: 'responsabile@comune.valdoria.example.it',
    givenName: 'Elena',
    familyName: 'Conti',
    roles: [{ role: 'owner', organization: 'comune-di-valdoria' }],
  },
  {
    email: 'admin@sportello.example.it',
    givenName: 'Paolo',
    familyName: 'Ferri',
    roles: [{ role: 'admin' }],
  },
];
