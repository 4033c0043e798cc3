"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

export interface Person {
  id: string;
  name: string;
}

/**
 * Who a department's task can go to: the department's members, the manager choosing (editors and
 * admins may take a task themselves), and whoever has it now.
 */
export function useAssigneeOptions(departmentId: string, current: Person | null): Person[] {
  const trpc = useTRPC();
  const departments = useQuery(trpc.departments.list.queryOptions());
  const me = useQuery(trpc.me.get.queryOptions());
  const members = departments.data?.find((department) => department.id === departmentId)?.members ?? [];
  const people: Person[] = members.map((member) => ({ id: member.userId, name: member.name }));
  const extra = [me.data && { id: me.data.userId, name: me.data.name }, current].filter(
    (person): person is Person => Boolean(person),
  );
  for (const person of extra) if (!people.some((known) => known.id === person.id)) people.push(person);
  return people;
}
