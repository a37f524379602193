import { sql } from 'drizzle-orm';
import { selectRows, type Transaction } from '../../db/client';

/**
 * The next protocol number of an organization for a year. The counter row stays locked until the
 * caller's transaction ends, so submissions of one organization take numbers one at a time across every
 * process, and a rolled-back submission gives its number back: the sequence has no gaps.
 */
export async function takeProtocolNumber(tx: Transaction, organizationId: string, year: number): Promise<number> {
  const [row] = await selectRows<{ last_sequence: number }>(
    tx,
    sql`insert into protocol_counters (organization_id, year, last_sequence)
        values (${organizationId}::uuid, ${year}, 1)
        on conflict (organization_id, year) do update set last_sequence = protocol_counters.last_sequence + 1
        returning last_sequence`,
  );
  return row!.last_sequence;
}
