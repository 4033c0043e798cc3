"use client";

import { EventReminders } from "../reminders/event-reminders";
import { EventTasksSection } from "./event-tasks-section";

/** The event's planning: its departments with their tasks, and its reminders. */
export function EventPlanning({ eventId }: { eventId: string }) {
  return (
    <div className="space-y-6" data-testid="event-planning">
      <EventTasksSection eventId={eventId} />
      <EventReminders eventId={eventId} />
    </div>
  );
}
