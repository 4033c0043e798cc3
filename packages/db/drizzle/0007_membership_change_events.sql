-- Open event streams follow their viewer's membership: any change of role or activation, or a
-- removal, is announced on the events channel (EVENTS_CHANNEL in packages/jobs), whatever code
-- or hand-run SQL made it. Postgres delivers it when the transaction commits.
CREATE FUNCTION "notify_membership_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  member "memberships";
BEGIN
  IF TG_OP = 'DELETE' THEN
    member := OLD;
  ELSIF OLD."role" IS NOT DISTINCT FROM NEW."role"
    AND OLD."deactivated_at" IS NOT DISTINCT FROM NEW."deactivated_at" THEN
    RETURN NULL;
  ELSE
    member := NEW;
  END IF;
  PERFORM pg_notify(
    'taqweem_events',
    json_build_object('type', 'membership.changed', 'orgId', member."org_id", 'userId', member."user_id")::text
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "memberships_notify_changed"
AFTER UPDATE OR DELETE ON "memberships"
FOR EACH ROW EXECUTE FUNCTION "notify_membership_changed"();
