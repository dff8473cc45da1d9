import { Client, Query, type QueryResult } from 'pg';
import { currentOrganisation } from './tenant-context';

/**
 * The pg client of the API's pool (ADR 0013). While the current scope names an organisation, each
 * statement goes out as one pipeline in the same round trip:
 *
 *   Bind/Execute pulse_set_organisation(org)  -- set_config('app.organisation_id', org, true)
 *   Parse/Bind/Describe/Execute <statement>
 *   Sync
 *
 * Outside an explicit transaction both run in the implicit transaction that ends at Sync, so the
 * setting is transaction-local and gone when the statement is. Statements that open a transaction
 * or set its characteristics (`BEGIN`, `START TRANSACTION`, `SET TRANSACTION ISOLATION LEVEL …`) go
 * out as they are, because an isolation level must be set before any query of the transaction and
 * the setting is one; the transaction's first other statement carries the setting, which then lasts
 * until its COMMIT or ROLLBACK. Inside a transaction that already carries the organisation nothing is
 * added. Named prepared statements stay prepared (the setting is a Bind of a statement prepared once
 * per connection), so the hot paths keep their one round trip and their cached plans.
 */
export const SET_ORGANISATION_STATEMENT = 'pulse_set_organisation';
const PREPARE = `PREPARE ${SET_ORGANISATION_STATEMENT}(text) AS SELECT set_config('app.organisation_id', $1, true)`;

type Connection = {
  bind(config: { portal: string; statement: string; values: unknown[]; binary?: boolean }): void;
  execute(config: { portal: string; rows?: number }): void;
};

type QueryInternals = {
  queryMode?: string;
  requiresPreparation(): boolean;
  prepare(connection: Connection): void;
  handleDataRow(msg: unknown): void;
  handleCommandComplete(msg: unknown, connection: Connection): void;
  handleError(err: Error, connection: Connection): void;
  callback?: (err: Error | null, res?: QueryResult) => void;
};

type TxState = { getTransactionStatus(): string | null; organisationInTransaction: string | null };

/** Opens a transaction or sets its characteristics: must come before any query of it, the setting included. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|START\s+TRANSACTION|SET\s+(LOCAL\s+)?TRANSACTION)\b/i;

function textOf(config: unknown): string | null {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : null;
}

const base = Query.prototype as unknown as QueryInternals;

/** A query that first sets the organisation, in the same pipeline, and hides that step's result. */
class ScopedQuery extends Query {
  private settingPending = false;

  constructor(
    config: unknown,
    values: unknown,
    callback: unknown,
    private readonly client: TxState,
    private readonly organisationId: string,
  ) {
    super(config as never, values as never, callback as never);
    // Always the extended protocol: the setting and the statement must share one implicit transaction.
    if (!base.requiresPreparation.call(this)) (this as unknown as QueryInternals).queryMode = 'extended';
  }

  prepare(connection: Connection): void {
    const status = this.client.getTransactionStatus();
    if (status !== 'T') this.client.organisationInTransaction = null;
    // A failed transaction only accepts ROLLBACK; the setting would fail too.
    if (status !== 'E' && this.client.organisationInTransaction !== this.organisationId) {
      connection.bind({ portal: '', statement: SET_ORGANISATION_STATEMENT, values: [this.organisationId] });
      connection.execute({ portal: '', rows: 0 });
      this.settingPending = true;
      this.client.organisationInTransaction = this.organisationId;
    }
    base.prepare.call(this, connection);
  }

  handleDataRow(msg: unknown): void {
    if (!this.settingPending) base.handleDataRow.call(this, msg);
  }

  handleCommandComplete(msg: unknown, connection: Connection): void {
    if (this.settingPending) {
      this.settingPending = false;
      return;
    }
    base.handleCommandComplete.call(this, msg, connection);
  }

  handleError(err: Error, connection: Connection): void {
    this.settingPending = false;
    base.handleError.call(this, err, connection);
  }
}

type Callback = (err: Error | null, res?: QueryResult) => void;
type ConnectCallback = (err: Error | null) => void;

export class TenantClient extends Client {
  organisationInTransaction: string | null = null;
}

const baseQuery = Client.prototype.query as unknown as (this: Client, ...args: unknown[]) => unknown;
const baseConnect = Client.prototype.connect as unknown as (this: Client, cb?: ConnectCallback) => Promise<void> | void;

// Prototype assignment rather than method overrides: pg's typings declare a dozen overloads for each.
Object.assign(TenantClient.prototype, {
  connect(this: TenantClient, callback?: ConnectCallback): Promise<void> | void {
    const ready = (async () => {
      await (baseConnect.call(this) as Promise<void>);
      await baseQuery.call(this, PREPARE);
    })();
    if (!callback) return ready;
    ready.then(() => callback(null), (err: Error) => callback(err));
  },

  query(this: TenantClient, config: unknown, values?: unknown, callback?: unknown): unknown {
    const organisationId = currentOrganisation();
    const submittable = config !== null && typeof config === 'object' && typeof (config as { submit?: unknown }).submit === 'function';
    if (!organisationId || config == null) return baseQuery.call(this, config, values, callback);
    // COPY streams and other custom submittables pass as they are: COPY FROM cannot write to a table
    // with row-level security anyway, so imports stage in temporary tables inside a transaction whose
    // other statements carry the setting.
    if (submittable) return baseQuery.call(this, config, values, callback);
    const control = TRANSACTION_CONTROL.exec(textOf(config) ?? '');
    if (control) {
      // A transaction that opens now carries no setting yet, whatever an earlier one on this connection did.
      if (!/^SET/i.test(control[1])) this.organisationInTransaction = null;
      return baseQuery.call(this, config, values, callback);
    }
    const query = new ScopedQuery(config, values, callback, this, organisationId) as unknown as QueryInternals;
    if (query.callback) {
      baseQuery.call(this, query);
      return undefined;
    }
    return new Promise<QueryResult>((resolve, reject) => {
      query.callback = ((err, res) => (err ? reject(err) : resolve(res!))) as Callback;
      baseQuery.call(this, query);
    });
  },
});
