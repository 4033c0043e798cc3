import { eventDepartments, eventSearchDocument, eventSpan, events } from "@taqweem/db";
import { and, eq, exists, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../tx";
import type { RangeInput } from "./range-input";
import { containsPattern } from "./search";

/** Events that may touch [from, to): the span index finds them, the exact bounds are rechecked in code. */
export function touchesRange(from: Date, to: Date | null): SQL {
  return sql`${eventSpan(events)} && tstzrange(${from.toISOString()}::timestamptz, ${to?.toISOString() ?? null}::timestamptz, '[)')`;
}

/** The WHERE clause of the calendar: the organisation, the window and every filter that was set. */
export function calendarConditions(db: Executor, orgId: string, input: RangeInput): SQL {
  const conditions: Array<SQL | undefined> = [eq(events.orgId, orgId), touchesRange(input.from, input.to)];
  if (input.categoryIds?.length) conditions.push(inArray(events.categoryId, input.categoryIds));
  if (input.types?.length) conditions.push(inArray(events.type, input.types));
  if (input.scopes?.length) conditions.push(inArray(events.scope, input.scopes));
  if (input.sources?.length) conditions.push(inArray(events.source, input.sources));
  if (input.statuses?.length) conditions.push(inArray(events.status, input.statuses));
  if (input.departmentIds?.length) {
    const assigned = db
      .select({ one: sql`1` })
      .from(eventDepartments)
      .where(
        and(
          eq(eventDepartments.eventId, events.id),
          inArray(eventDepartments.departmentId, input.departmentIds),
        ),
      );
    conditions.push(exists(assigned));
  }
  if (input.q) conditions.push(sql`${eventSearchDocument(events)} like ${containsPattern(input.q)}`);
  return and(...conditions)!;
}
