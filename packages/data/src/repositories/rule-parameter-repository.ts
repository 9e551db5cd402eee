// An authority's own values for rule parameters (deadlines in working days, the re-offer
// interval...). Each change names the version it replaces, so two administrators cannot
// silently overwrite each other.
import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, nowTimestamp, toJsonText } from '../database/column-values.js';
import type { Database, RuleParameterOverridesTable } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import { staleVersion } from './not-found.js';

export interface RuleParameterOverride {
  authorityCode: string;
  ruleId: string;
  parameters: Record<string, unknown>;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

function overrideFromRow(row: Selectable<RuleParameterOverridesTable>): RuleParameterOverride {
  return {
    authorityCode: row.authority_code,
    ruleId: row.rule_id,
    parameters: fromJsonText(row.parameters, {}),
    version: Number(row.version),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export async function listRuleParameterOverrides(db: Kysely<Database>, authorityCode: string): Promise<RuleParameterOverride[]> {
  const rows = await db.selectFrom('rule_parameter_overrides').selectAll().where('authority_code', '=', authorityCode).orderBy('rule_id').execute();
  return rows.map(overrideFromRow);
}

export async function getRuleParameterOverride(db: Kysely<Database>, authorityCode: string, ruleId: string): Promise<RuleParameterOverride | undefined> {
  const row = await db.selectFrom('rule_parameter_overrides').selectAll().where('authority_code', '=', authorityCode).where('rule_id', '=', ruleId).executeTakeFirst();
  return row ? overrideFromRow(row) : undefined;
}

/**
 * Sets an authority's parameters for a rule. `expectedVersion` is the version read (0 when
 * there was none); a stale one throws 'conflict.stale-version'. Returns the stored override.
 */
export async function setRuleParameterOverride(
  db: Kysely<Database>,
  input: { authorityCode: string; ruleId: string; parameters: Record<string, unknown>; expectedVersion: number; updatedBy: string | null; now?: string },
): Promise<RuleParameterOverride> {
  const now = input.now ?? nowTimestamp();
  return transaction(db, async (trx) => {
    const current = await getRuleParameterOverride(trx, input.authorityCode, input.ruleId);
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) throw staleVersion('rule parameters', currentVersion, input.expectedVersion);
    const row = {
      authority_code: input.authorityCode,
      rule_id: input.ruleId,
      parameters: toJsonText(input.parameters),
      version: currentVersion + 1,
      updated_by: input.updatedBy,
      updated_at: now,
    };
    if (current) {
      const result = await trx
        .updateTable('rule_parameter_overrides')
        .set(row)
        .where('authority_code', '=', input.authorityCode)
        .where('rule_id', '=', input.ruleId)
        .where('version', '=', currentVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw staleVersion('rule parameters', currentVersion + 1, input.expectedVersion);
    } else {
      await trx.insertInto('rule_parameter_overrides').values(row).execute();
    }
    return overrideFromRow(row);
  });
}
