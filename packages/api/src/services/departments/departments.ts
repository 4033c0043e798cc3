import {
  type Database,
  type Department,
  departmentMembers,
  departments,
  memberships,
  tasks,
  users,
} from "@taqweem/db";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { rolesAllowed } from "../../permissions";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { changes, isUniqueViolation } from "../changes";
import type { Tx } from "../tx";
import { withStoredWhatsapp } from "../whatsapp/phone";
import type { DepartmentChanges, DepartmentInput } from "./inputs";

function columns(input: DepartmentChanges) {
  const { whatsapp, memberIds: _members, ...rest } = input;
  return {
    ...rest,
    ...(whatsapp !== undefined && {
      whatsappRecipientType: whatsapp?.type ?? null,
      whatsappRecipient: whatsapp?.recipient ?? null,
    }),
  };
}

/** Members must be active users of the organisation with the department role. */
async function setMembers(tx: Tx, orgId: string, departmentId: string, userIds: string[]) {
  const unique = [...new Set(userIds)];
  if (unique.length > 0) {
    const eligible = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.orgId, orgId),
          inArray(memberships.role, rolesAllowed("departments.join")),
          isNull(memberships.deactivatedAt),
          inArray(memberships.userId, unique),
        ),
      );
    if (eligible.length !== unique.length) fail("invalid", errorKeys.notDepartmentUser);
  }
  await tx.delete(departmentMembers).where(eq(departmentMembers.departmentId, departmentId));
  if (unique.length > 0)
    await tx.insert(departmentMembers).values(unique.map((userId) => ({ departmentId, userId })));
}

async function memberIdsOf(tx: Tx, departmentId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: departmentMembers.userId })
    .from(departmentMembers)
    .where(eq(departmentMembers.departmentId, departmentId));
  return rows.map((row) => row.userId).sort();
}

async function lockDepartment(tx: Tx, orgId: string, id: string): Promise<Department> {
  const [row] = await tx
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), eq(departments.orgId, orgId)))
    .for("update");
  if (!row) fail("not_found", errorKeys.notFound);
  return row;
}

/** Runs a department write, turning a duplicate English name into a clear conflict. */
async function write<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error, "departments_org_name_en_key")) fail("conflict", errorKeys.departmentExists);
    throw error;
  }
}

export async function createDepartment(db: Database, actor: Actor, given: DepartmentInput) {
  return write(db, async (tx) => {
    const input = await withStoredWhatsapp(tx, actor.orgId, given);
    const [row] = await tx
      .insert(departments)
      .values({ ...columns(input), nameEn: input.nameEn, nameAr: input.nameAr, orgId: actor.orgId })
      .returning();
    await setMembers(tx, actor.orgId, row!.id, input.memberIds);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "department.create",
      entity: "department",
      entityId: row!.id,
      diff: { ...columns(input), memberIds: input.memberIds },
    });
    return row!;
  });
}

export async function updateDepartment(db: Database, actor: Actor, id: string, given: DepartmentChanges) {
  return write(db, async (tx) => {
    const before = await lockDepartment(tx, actor.orgId, id);
    const input = await withStoredWhatsapp(tx, actor.orgId, given);
    const [row] = await tx
      .update(departments)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(eq(departments.id, id))
      .returning();
    const diff: Record<string, unknown> = changes(before, columns(input));
    if (input.memberIds) {
      const previous = await memberIdsOf(tx, id);
      await setMembers(tx, actor.orgId, id, input.memberIds);
      const next = await memberIdsOf(tx, id);
      if (previous.join() !== next.join()) diff.memberIds = [previous, next];
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "department.update",
      entity: "department",
      entityId: id,
      diff,
    });
    return row!;
  });
}

/** Refused while the department has tasks: their comments and history would go with it. */
export async function deleteDepartment(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const before = await lockDepartment(tx, actor.orgId, id);
    const [task] = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.departmentId, id)).limit(1);
    if (task) fail("conflict", errorKeys.departmentInUse);
    await tx.delete(departments).where(eq(departments.id, id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "department.delete",
      entity: "department",
      entityId: id,
      diff: { nameEn: before.nameEn, nameAr: before.nameAr },
    });
  });
}

/** Every department of the organisation with its members, for everyone to read. */
export async function listDepartments(db: Database, orgId: string) {
  const [rows, members] = await Promise.all([
    db.select().from(departments).where(eq(departments.orgId, orgId)).orderBy(asc(departments.nameEn)),
    db
      .select({
        departmentId: departmentMembers.departmentId,
        userId: users.id,
        name: users.name,
        email: users.email,
      })
      .from(departmentMembers)
      .innerJoin(departments, eq(departments.id, departmentMembers.departmentId))
      .innerJoin(users, eq(users.id, departmentMembers.userId))
      .where(eq(departments.orgId, orgId))
      .orderBy(asc(users.name)),
  ]);
  return rows.map((department) => ({
    ...department,
    members: members
      .filter((member) => member.departmentId === department.id)
      .map(({ departmentId: _, ...member }) => member),
  }));
}
