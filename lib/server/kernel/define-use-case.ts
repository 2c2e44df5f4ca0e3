// One way to write a use case: permission, input schema, transaction with retry and error mapping, declared once.
import "server-only";
import type { z } from "zod";
import { getDb, type Db, type Tx } from "@/lib/db";
import { fromZodError, toAppError } from "@/lib/errors";
import { requirePermission, type Actor, type Permission } from "@/lib/server/auth/permissions";
import { useCaseRegistry, type RegisteredUseCase, type UseCaseMode } from "./registry";
import { currentRequestId } from "./request-context";
import { withRetry } from "./retry";

export type TransactionOptions = { timeout?: number; isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable" };

export type UseCaseContext<Input> = {
  actor: Actor;
  input: Input;
  /** The transaction in "write" mode; the client in "read" and "staged" mode. */
  db: Tx;
  requestId: string;
  /** A transaction with the kernel's retry on deadlock and serialization failure, for "staged" use cases. */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
};

export type UseCaseSpec<S extends z.ZodType> = {
  name: string;
  permission: Permission;
  input: S;
  /**
   * write (default): `run` is one transaction; read: no transaction; staged: `run` opens its own with `transaction`;
   * statement: `run` writes with one SQL statement, atomic by itself, so it needs no interactive transaction (the hot path).
   */
  mode?: UseCaseMode;
} & TransactionOptions;

// An input schema of no fields (z.object({})) reads as Record<string, never>, which no call with an actor satisfies.
type FieldsOf<S extends z.ZodType> = string extends keyof z.input<S> ? object : z.input<S>;
export type UseCaseCall<S extends z.ZodType> = { actor: Actor | null } & FieldsOf<S>;
/** `db`: another database than the configured one (the CLI restoring a backup elsewhere). */
export type UseCaseOptions = { db?: Db };

export type UseCase<S extends z.ZodType, R> = ((call: UseCaseCall<S>, options?: UseCaseOptions) => Promise<R>) & { spec: UseCaseSpec<S> };

const DEFAULT_TIMEOUT = 15_000;

/**
 * The work's own error wins over what the rollback reports: after PostgreSQL aborts a deadlock victim, Prisma's
 * rollback answers "transaction not found", which would hide the deadlock that makes a retry right.
 */
async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: Parameters<Db["$transaction"]>[1]): Promise<T> {
  let failure: { error: unknown } | undefined;
  try {
    return await db.$transaction(async (tx) => {
      try {
        return await work(tx);
      } catch (error) {
        failure = { error };
        throw error;
      }
    }, options);
  } catch (error) {
    throw failure ? failure.error : error;
  }
}

export function defineUseCase<S extends z.ZodType, R>(spec: UseCaseSpec<S>, run: (context: UseCaseContext<z.output<S>>) => Promise<R>): UseCase<S, R> {
  const mode = spec.mode ?? "write";
  const useCase = async (call: UseCaseCall<S>, options: UseCaseOptions = {}): Promise<R> => {
    const requestId = currentRequestId();
    const { actor: caller, ...raw } = call as { actor: Actor | null } & Record<string, unknown>;
    try {
      const actor = requirePermission(caller, spec.permission);
      const parsed = spec.input.safeParse(raw);
      if (!parsed.success) throw fromZodError(parsed.error);
      const db = options.db ?? getDb();
      const transaction = <T>(work: (tx: Tx) => Promise<T>, txOptions: TransactionOptions = {}) =>
        withRetry(() =>
          inTransaction(db, work, {
            maxWait: 10_000,
            timeout: txOptions.timeout ?? spec.timeout ?? DEFAULT_TIMEOUT,
            isolationLevel: txOptions.isolationLevel ?? spec.isolationLevel,
          }),
        );
      const context = (handle: Tx): UseCaseContext<z.output<S>> => ({ actor, input: parsed.data, db: handle, requestId, transaction });
      if (mode === "write") return await transaction((tx) => run(context(tx)));
      if (mode === "statement") return await withRetry(() => run(context(db)));
      return await run(context(db));
    } catch (error) {
      throw toAppError(error, { requestId, useCase: spec.name, actorId: caller?.id });
    }
  };
  useCaseRegistry().set(spec.name, { name: spec.name, permission: spec.permission, mode, call: useCase as RegisteredUseCase["call"] });
  return Object.assign(useCase, { spec });
}
