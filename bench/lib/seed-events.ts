import type { Sql } from "@taqweem/db";

/**
 * Bulk-inserts `count` events into one organisation in a single statement, spread over five years
 * (about 1,700 a month): 2% weekly series of 12, 2.5% all-day, a mix of statuses, types and
 * visibilities, eight categories. Deterministic, so runs compare.
 */
export async function seedEvents(sql: Sql, orgId: string, userId: string, count: number): Promise<void> {
  const categories = await sql<{ id: string }[]>`
    insert into categories (org_id, name_en, name_ar, color)
    select ${orgId}, 'Category ' || i, 'فئة ' || i, '#' || lpad(to_hex(i * 2000003 % 16777215), 6, '0')
    from generate_series(1, 8) as i
    returning id`;
  const categoryIds = categories.map((category) => category.id);
  await sql`
    insert into events (
      org_id, title_en, title_ar, description_en, location_ar, category_id, type, scope, visibility,
      status, starts_at, ends_at, all_day, time_zone, rrule, recurrence_ends_at, published_at,
      created_by, updated_by
    )
    select
      ${orgId}, 'Event ' || i, 'فعالية ' || i, 'Description of event ' || i, 'القاعة ' || (i % 20),
      (${categoryIds}::uuid[])[1 + i % 8],
      (case when i % 5 = 0 then 'international' else 'local' end)::event_type,
      (case when i % 4 = 0 then 'external' else 'internal' end)::event_scope,
      (case when i % 3 = 0 then 'public' else 'internal' end)::event_visibility,
      (case when i % 10 = 0 then 'draft' when i % 37 = 0 then 'cancelled' else 'published' end)::event_status,
      t.starts_at, t.starts_at + t.duration, t.all_day, 'Asia/Dubai',
      case when t.weekly then 'FREQ=WEEKLY;COUNT=12' end,
      -- Dubai has no DST, so eleven weeks later is exactly 77 days of 24 hours.
      case when t.weekly then t.starts_at + interval '77 days' + t.duration end,
      case when i % 10 <> 0 then now() end,
      ${userId}, ${userId}
    from generate_series(1, ${count}::int) as i
    cross join lateral (
      select
        i % 40 = 1 as all_day,
        i % 50 = 0 as weekly,
        case when i % 40 = 1
          then date_trunc('day', (timestamptz '2023-01-01 04:00Z' + (i * 7919 % 43800) * interval '1 hour')
            at time zone 'Asia/Dubai') at time zone 'Asia/Dubai'
          else timestamptz '2023-01-01 04:00Z' + (i * 7919 % 43800) * interval '1 hour'
        end as starts_at,
        case when i % 40 = 1 then interval '1 day' else (1 + i % 3) * interval '1 hour' end as duration
    ) as t`;
  await sql`analyze events`;
}
