"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/**
 * What the signed-in person may do with planning, as the procedures decide it: editors and admins
 * manage departments' tasks and reminders; department users work on (status and comments) the
 * tasks of their own departments, the only ones they are shown; viewers read.
 */
export function usePermissions() {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  const role = me.data?.role;
  const manages = role === "admin" || role === "editor";
  return {
    userId: me.data?.userId,
    role,
    isAdmin: role === "admin",
    manages,
    works: manages || role === "department",
  };
}
