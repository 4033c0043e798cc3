import type { Locale } from "@taqweem/db";
import { formatWhen, pick } from "./format";

/** What one reader is told, in their language; e-mail, WhatsApp and the bell all show this. */
export interface Copy {
  subject: string;
  heading: string;
  lines: string[];
  actionLabel: string;
}
export type BilingualCopy = Record<Locale, Copy>;

export interface EventFacts {
  titleEn: string | null;
  titleAr: string | null;
  locationEn: string | null;
  locationAr: string | null;
  allDay: boolean;
}

export interface TaskFacts {
  titleEn: string | null;
  titleAr: string | null;
  dueAt: Date | null;
}

const words = {
  en: {
    reminder: (title: string, when: string) => `Reminder: ${title}, ${when}`,
    starts: (when: string) => `Starts ${when}`,
    where: (place: string) => `Where: ${place}`,
    event: (title: string) => `Event: ${title}`,
    due: (when: string) => `Due ${when}`,
    taskDue: (title: string, when: string) => `Task due ${when}: ${title}`,
    ready: (title: string) => `Ready to start: ${title}`,
    readyLine: "Every task this one waited for is completed.",
    assigned: (title: string) => `Task assigned to you: ${title}`,
    comment: (title: string) => `New comment on ${title}`,
    openEvent: "Open the event",
    openTask: "Open the task",
  },
  ar: {
    reminder: (title: string, when: string) => `تذكير: ${title}، ${when}`,
    starts: (when: string) => `تبدأ ${when}`,
    where: (place: string) => `المكان: ${place}`,
    event: (title: string) => `الفعالية: ${title}`,
    due: (when: string) => `موعد الاستحقاق ${when}`,
    taskDue: (title: string, when: string) => `مهمة مستحقة ${when}: ${title}`,
    ready: (title: string) => `جاهزة للبدء: ${title}`,
    readyLine: "اكتملت كل المهام التي كانت هذه المهمة بانتظارها.",
    assigned: (title: string) => `أُسندت إليك مهمة: ${title}`,
    comment: (title: string) => `تعليق جديد على ${title}`,
    openEvent: "فتح الفعالية",
    openTask: "فتح المهمة",
  },
} satisfies Record<Locale, unknown>;

function excerpt(text: string, max = 280): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function bilingual(build: (locale: Locale) => Copy): BilingualCopy {
  return { en: build("en"), ar: build("ar") };
}

export function eventReminderCopy(event: EventFacts, occurrenceStart: Date, timeZone: string): BilingualCopy {
  return bilingual((locale) => {
    const w = words[locale];
    const title = pick(locale, event.titleEn, event.titleAr);
    const when = formatWhen(occurrenceStart, locale, timeZone, event.allDay);
    const place = pick(locale, event.locationEn, event.locationAr);
    return {
      subject: w.reminder(title, when),
      heading: title,
      lines: [w.starts(when), ...(place ? [w.where(place)] : [])],
      actionLabel: w.openEvent,
    };
  });
}

export type TaskHappening =
  | { kind: "task_reminder" }
  | { kind: "task_pending" }
  | { kind: "task_assigned" }
  | { kind: "task_comment"; author: string; body: string };

export function taskCopy(
  happening: TaskHappening,
  task: TaskFacts,
  event: EventFacts,
  timeZone: string,
): BilingualCopy {
  return bilingual((locale) => {
    const w = words[locale];
    const title = pick(locale, task.titleEn, task.titleAr);
    const due = task.dueAt ? formatWhen(task.dueAt, locale, timeZone) : null;
    const context = [w.event(pick(locale, event.titleEn, event.titleAr)), ...(due ? [w.due(due)] : [])];
    const base = { heading: title, actionLabel: w.openTask };
    switch (happening.kind) {
      case "task_reminder":
        return { ...base, subject: w.taskDue(title, due ?? ""), lines: context };
      case "task_pending":
        return { ...base, subject: w.ready(title), lines: [w.readyLine, ...context] };
      case "task_assigned":
        return { ...base, subject: w.assigned(title), lines: context };
      case "task_comment":
        return {
          ...base,
          subject: w.comment(title),
          lines: [`${happening.author}: ${excerpt(happening.body)}`],
        };
    }
  });
}
