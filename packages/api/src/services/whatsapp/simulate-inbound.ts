import type { Database } from "@taqweem/db";
import type { PgBoss } from "pg-boss";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { orgPhone } from "./phone";
import type { SimulateInbound } from "./session-inputs";
import { requestSimulation } from "./sessions";

const isLid = (value: string) => /^\d{6,20}@lid$/.test(value);

/** Simulator: someone writes to the session's number, from a phone or from a linked id. */
export async function simulateInboundMessage(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  input: SimulateInbound,
) {
  const phone = (raw: string) => orgPhone(db, actor.orgId, raw, errorKeys.waInvalidPhone);
  const from = isLid(input.from) ? input.from : await phone(input.from);
  const lidPhone = isLid(input.from) && input.lidPhone ? await phone(input.lidPhone) : undefined;
  return requestSimulation(db, boss, actor, {
    action: "simulate_inbound",
    sessionId: input.sessionId,
    from,
    text: input.text,
    lidPhone,
  });
}
