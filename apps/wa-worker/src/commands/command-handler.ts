import type { Database } from "@taqweem/db";
import { sendJob, type WaCommand, waCommandQueue } from "@taqweem/jobs";
import type { Logger } from "@taqweem/jobs/runtime";
import type { PgBoss } from "pg-boss";
import type { Ownership } from "../sessions/manager";
import type { SessionRuntime } from "../sessions/runtime";
import { deleteUnownedSession, forgetUnownedSession } from "../sessions/unowned";

export interface CommandHandlerDeps {
  db: Database;
  boss: PgBoss;
  log: Logger;
  acquire(sessionId: string): Promise<Ownership>;
}

type Outcome = { done: string } | { forwarded: string };

/**
 * The `wa.command` job: runs an admin's command on the worker that owns the session. A command
 * for a session another worker holds (or one still starting here) goes back on the queue briefly,
 * until the owner picks it up.
 */
export function createCommandHandler(deps: CommandHandlerDeps) {
  const forward = async (command: WaCommand, why: string): Promise<Outcome> => {
    await sendJob(deps.boss, waCommandQueue, command, {
      startAfter: new Date(Date.now() + 500 + Math.random() * 1000),
    });
    return { forwarded: why };
  };

  const onRuntime = async (
    command: WaCommand,
    runtime: SessionRuntime,
    justStarted: boolean,
  ): Promise<Outcome> => {
    switch (command.action) {
      case "link":
        // A runtime started by this command already connects with the current link settings.
        if (!justStarted) await runtime.link();
        return { done: "linking" };
      case "logout":
        await runtime.logout();
        return { done: "logged_out" };
      case "delete":
        await runtime.logout();
        await deleteUnownedSession(deps.db, command.sessionId);
        return { done: "deleted" };
      case "sync_groups":
        if (!runtime.isConnected) return { done: "not_connected" };
        return { done: (await runtime.syncGroups()) ? "synced" : "synced_recently" };
      case "simulate":
        if (await runtime.simulate(command.event)) return { done: `simulated_${command.event}` };
        deps.log.warn(
          { sessionId: command.sessionId },
          "simulator control for a session not on the simulator",
        );
        return { done: "not_simulator" };
      case "simulate_inbound": {
        const { from, text, lidPhone } = command;
        if (await runtime.simulateInbound({ from, text, lidPhone })) return { done: "simulated_inbound" };
        return { done: "not_simulator" };
      }
    }
  };

  const onIdle = async (command: WaCommand): Promise<Outcome> => {
    switch (command.action) {
      case "logout":
        return {
          done: (await forgetUnownedSession(deps.db, command.sessionId)) ? "forgotten" : "owned_elsewhere",
        };
      case "delete":
        return {
          done: (await deleteUnownedSession(deps.db, command.sessionId)) ? "deleted" : "owned_elsewhere",
        };
      default:
        return { done: "session_not_running" };
    }
  };

  return async function handleCommand(command: WaCommand): Promise<Outcome> {
    const owner = await deps.acquire(command.sessionId);
    switch (owner.kind) {
      case "here":
        return onRuntime(command, owner.runtime, owner.justStarted);
      case "starting":
      case "elsewhere":
        return forward(command, owner.kind);
      case "idle":
        return onIdle(command);
    }
  };
}
