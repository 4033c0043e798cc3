"use client";

import type { Department, EventDepartment, TaskItem } from "../types";

export interface DepartmentGroupData {
  departmentId: string;
  name: { en: string; ar: string };
  assignment: EventDepartment | null;
  tasks: TaskItem[];
}

/**
 * The event's tasks by department: every assigned department (even without tasks yet), then
 * departments taken off the event whose worked-on tasks were kept. Department users see only
 * their own departments, as they are only shown their own tasks.
 */
export function departmentGroups(
  assigned: EventDepartment[],
  tasks: TaskItem[],
  onlyDepartments: Department[] | null,
): DepartmentGroupData[] {
  const groups: DepartmentGroupData[] = assigned.map((assignment) => ({
    departmentId: assignment.departmentId,
    name: { en: assignment.nameEn, ar: assignment.nameAr },
    assignment,
    tasks: [],
  }));
  for (const task of tasks) {
    let group = groups.find((candidate) => candidate.departmentId === task.departmentId);
    if (!group) {
      group = {
        departmentId: task.departmentId,
        name: { en: task.department.nameEn, ar: task.department.nameAr },
        assignment: null,
        tasks: [],
      };
      groups.push(group);
    }
    group.tasks.push(task);
  }
  if (!onlyDepartments) return groups;
  return groups.filter((group) => onlyDepartments.some((department) => department.id === group.departmentId));
}
