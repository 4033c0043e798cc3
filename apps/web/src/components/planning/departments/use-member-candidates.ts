"use client";

import { useQuery } from "@tanstack/react-query";
import { can } from "@taqweem/api/permissions";
import { useTRPC } from "@/trpc/react";
import type { Department } from "../types";
import type { MemberCandidate } from "./department-form";

/**
 * People who can be members of a department: active users whose role may join departments, plus the
 * department's current members whatever their role now is, so an admin can take them off.
 */
export function useMemberCandidates(department: Department | null) {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const eligible: MemberCandidate[] = (users.data ?? [])
    .filter((user) => can(user.role, "departments.join") && user.deactivatedAt === null)
    .map((user) => ({ id: user.id, name: user.name, email: user.email, eligible: true }));
  const former: MemberCandidate[] = (department?.members ?? [])
    .filter((member) => !eligible.some((candidate) => candidate.id === member.userId))
    .map((member) => ({ id: member.userId, name: member.name, email: member.email, eligible: false }));
  return { candidates: [...eligible, ...former], users };
}
