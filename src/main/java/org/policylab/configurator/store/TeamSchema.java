package org.policylab.configurator.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The team workspace's schema on PostgreSQL: numbered migrations (the table {@code policy_schema} holds the number of
 * the last one applied), then the roles and grants, all in one transaction under an advisory lock, so {@code team init}
 * can be run again (or twice at once) safely. Never edit a released step: add the next one.
 *
 * <p>The server, not the client, is trusted with: who and when ({@code updated_by} is the session's login), the audit
 * trail (a trigger writes every insert, update and delete of a draft, catalog entry, revision or comment), the live
 * announcements (a trigger notifies {@code policy_draft}, {@code policy_catalog}, {@code policy_presence}), frozen
 * revisions, and the roles:
 * <ul>
 *   <li>{@value #EDITOR}: everything a planner may, and writes the catalog;</li>
 *   <li>{@value #PLANNER}: reads the catalog, writes drafts, comments;</li>
 *   <li>{@value #REVIEWER}: reads, comments, approves (stores a revision and opens the next one; a reviewer's change
 *       of a draft that does not advance its revision is refused). Only a reviewer approves: a login that is not one
 *       may neither store a revision nor move a draft to its next revision number before that revision is approved
 *       (step 2). A login may hold several roles (a planner who also reviews).</li>
 * </ul>
 * {@link #role(Connection)} asks the server which of them the session's login holds, so the window offers only that.
 */
public final class TeamSchema {
    public static final String EDITOR = "policy_catalog_editor";
    public static final String PLANNER = "policy_planner";
    public static final String REVIEWER = "policy_reviewer";
    /** The PostgreSQL role of each role name the CLI accepts. */
    public static final java.util.Map<String, String> ROLES = java.util.Map.of(
            "catalog-editor", EDITOR, "planner", PLANNER, "reviewer", REVIEWER);

    /** The server's one line when a login that is no reviewer tries to approve (step 2's trigger). */
    static final String ONLY_REVIEWER = "permission denied: only a reviewer approves a revision";

    private static final long LOCK = 0x706f6c6963L;

    static final List<String[]> STEPS = List.<String[]>of(
            // 1: the shared tables (the same columns as the planner's own workspace after its migration 5), the audit
            //    trail, presence and comments; the server's triggers
            new String[] {
                    "CREATE TABLE draft (id text PRIMARY KEY, title text NOT NULL, json text NOT NULL, created_at text NOT NULL,"
                            + " updated_at text NOT NULL, scenario text, version integer NOT NULL DEFAULT 1, updated_by text,"
                            + " revision integer NOT NULL DEFAULT 1)",
                    "CREATE INDEX draft_recent ON draft (updated_at DESC, id)",
                    "CREATE TABLE catalog_entry (kind text NOT NULL, id text NOT NULL, position integer NOT NULL, json text NOT NULL,"
                            + " version integer NOT NULL DEFAULT 1, updated_by text, PRIMARY KEY (kind, id))",
                    "CREATE TABLE catalog_meta (key text PRIMARY KEY, value text NOT NULL)",
                    "CREATE TABLE revision (program_id text NOT NULL, number integer NOT NULL, approved_on text NOT NULL,"
                            + " approved_by text NOT NULL, document text, json text NOT NULL, stored_at text NOT NULL,"
                            + " stored_by text, PRIMARY KEY (program_id, number))",
                    "CREATE TABLE comment (id bigserial PRIMARY KEY, draft_id text NOT NULL, author text NOT NULL DEFAULT session_user,"
                            + " at timestamptz NOT NULL DEFAULT now(), body text NOT NULL)",
                    "CREATE INDEX comment_draft ON comment (draft_id, id)",
                    "CREATE TABLE audit (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(),"
                            + " who text NOT NULL DEFAULT session_user, action text NOT NULL, target text NOT NULL, item text NOT NULL,"
                            + " version integer)",
                    "CREATE TABLE presence (draft_id text NOT NULL, client text NOT NULL, who text NOT NULL DEFAULT session_user,"
                            + " seen_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (draft_id, client))",
                    // who and when: the server's clock and login, whatever the client sent
                    "CREATE FUNCTION policy_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " NEW.updated_by := session_user;"
                            + " IF TG_TABLE_NAME = 'draft' THEN"
                            + "   NEW.updated_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"');"
                            + " END IF;"
                            + " RETURN NEW; END $$",
                    "CREATE TRIGGER draft_stamp BEFORE INSERT OR UPDATE ON draft FOR EACH ROW EXECUTE FUNCTION policy_stamp()",
                    "CREATE TRIGGER catalog_entry_stamp BEFORE INSERT OR UPDATE ON catalog_entry FOR EACH ROW EXECUTE FUNCTION policy_stamp()",
                    "CREATE FUNCTION policy_revision_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " NEW.stored_by := session_user; RETURN NEW; END $$",
                    "CREATE TRIGGER revision_stamp BEFORE INSERT ON revision FOR EACH ROW EXECUTE FUNCTION policy_revision_stamp()",
                    // approved revisions are frozen
                    "CREATE FUNCTION policy_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " RAISE EXCEPTION 'an approved revision is frozen'; END $$",
                    "CREATE TRIGGER revision_frozen BEFORE UPDATE OR DELETE ON revision FOR EACH ROW EXECUTE FUNCTION policy_frozen()",
                    // a reviewer approves (the draft moves to its next revision) but does not edit
                    "CREATE FUNCTION policy_reviewer_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " IF NOT pg_has_role(current_user, '" + PLANNER + "', 'USAGE')"
                            + "    AND COALESCE((NEW.json::jsonb #>> '{revision,number}')::int, 1)"
                            + "        <= COALESCE((OLD.json::jsonb #>> '{revision,number}')::int, 1) THEN"
                            + "   RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
                            + "     MESSAGE = 'permission denied: a reviewer approves a draft but does not edit it';"
                            + " END IF; RETURN NEW; END $$",
                    "CREATE TRIGGER draft_reviewer_guard BEFORE UPDATE ON draft FOR EACH ROW EXECUTE FUNCTION policy_reviewer_guard()",
                    // the audit trail and the announcement of each change, after it is made
                    "CREATE FUNCTION policy_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                            + " SET search_path = pg_catalog, public AS $$ DECLARE r jsonb; item text; channel text; BEGIN"
                            + " r := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;"
                            + " item := CASE TG_TABLE_NAME WHEN 'catalog_entry' THEN (r->>'kind') || '/' || (r->>'id')"
                            + "   WHEN 'revision' THEN (r->>'program_id') || '#' || (r->>'number')"
                            + "   WHEN 'comment' THEN r->>'draft_id' ELSE r->>'id' END;"
                            + " INSERT INTO public.audit (who, action, target, item, version)"
                            + "   VALUES (session_user, lower(TG_OP), TG_TABLE_NAME, item, (r->>'version')::int);"
                            + " channel := CASE TG_TABLE_NAME WHEN 'catalog_entry' THEN 'policy_catalog' WHEN 'revision' THEN 'policy_draft'"
                            + "   WHEN 'comment' THEN 'policy_draft' ELSE 'policy_draft' END;"
                            + " PERFORM pg_notify(channel, json_build_object('op', lower(TG_OP), 'table', TG_TABLE_NAME,"
                            + "   'item', CASE TG_TABLE_NAME WHEN 'revision' THEN r->>'program_id' ELSE item END,"
                            + "   'version', (r->>'version')::int, 'by', session_user, 'pid', pg_backend_pid())::text);"
                            + " RETURN NULL; END $$",
                    "CREATE TRIGGER draft_changed AFTER INSERT OR UPDATE OR DELETE ON draft FOR EACH ROW EXECUTE FUNCTION policy_changed()",
                    "CREATE TRIGGER catalog_entry_changed AFTER INSERT OR UPDATE OR DELETE ON catalog_entry FOR EACH ROW"
                            + " EXECUTE FUNCTION policy_changed()",
                    "CREATE TRIGGER revision_changed AFTER INSERT ON revision FOR EACH ROW EXECUTE FUNCTION policy_changed()",
                    "CREATE TRIGGER comment_changed AFTER INSERT OR UPDATE OR DELETE ON comment FOR EACH ROW EXECUTE FUNCTION policy_changed()",
                    "CREATE FUNCTION policy_presence_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " PERFORM pg_notify('policy_presence', COALESCE(NEW.draft_id, OLD.draft_id)); RETURN NULL; END $$",
                    "CREATE TRIGGER presence_changed AFTER INSERT OR DELETE ON presence FOR EACH ROW EXECUTE FUNCTION policy_presence_changed()"
            },
            // 2: approving is a reviewer's act. A planner stored revisions (INSERT on revision) and could move a draft to
            //    its next revision number without one: now only a member of policy_reviewer (or the workspace's owner)
            //    inserts a revision or advances a draft's number. Editing a draft whose revision is approved already
            //    starts the next one, as in the planner's own workspace: advancing to N+1 is allowed to a planner when
            //    revision N is stored. The grant itself goes in grant(); this step takes back the one step 1 gave.
            new String[] {
                    "CREATE FUNCTION policy_approval_guard() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + " DECLARE was_n integer; next_n integer; BEGIN"
                            + " IF pg_has_role(current_user, '" + REVIEWER + "', 'USAGE')"
                            + "    OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN"
                            + "   RETURN NEW;"
                            + " END IF;"
                            + " was_n := GREATEST(OLD.revision, COALESCE((OLD.json::jsonb #>> '{revision,number}')::int, 1));"
                            + " next_n := GREATEST(NEW.revision, COALESCE((NEW.json::jsonb #>> '{revision,number}')::int, 1));"
                            + " IF next_n > was_n AND NOT EXISTS (SELECT FROM revision WHERE program_id = NEW.id AND number = next_n - 1) THEN"
                            + "   RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',"
                            + "     MESSAGE = '" + ONLY_REVIEWER + "';"
                            + " END IF; RETURN NEW; END $$",
                    "CREATE TRIGGER draft_approval_guard BEFORE UPDATE ON draft FOR EACH ROW EXECUTE FUNCTION policy_approval_guard()",
                    "REVOKE INSERT ON revision FROM " + PLANNER
            });

    public static final int LATEST = STEPS.size();

    private TeamSchema() {
    }

    /** 0 when the database has no team workspace yet. */
    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE((SELECT max(version) FROM policy_schema), 0)"
                     + " WHERE to_regclass('policy_schema') IS NOT NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    /**
     * {@code team init}: the schema up to {@link #LATEST}, the three roles, and their grants; idempotent. Returns the
     * version the database was at.
     */
    static int init(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            st.execute("CREATE TABLE IF NOT EXISTS policy_schema (version integer NOT NULL)");
            int from = version(c);
            if (from > LATEST) {
                throw new SQLException("the team workspace's schema version " + from + " is newer than this app understands ("
                        + LATEST + "); update the app");
            }
            for (String role : List.of(PLANNER, REVIEWER, EDITOR)) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN"
                        + " CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            for (int v = from + 1; v <= LATEST; v++) {
                for (String sql : STEPS.get(v - 1)) {
                    st.execute(sql);
                }
                st.execute("DELETE FROM policy_schema");
                st.execute("INSERT INTO policy_schema (version) VALUES (" + v + ")");
            }
            grant(st);
            c.commit();
            return from;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void grant(Statement st) throws SQLException {
        String all = "draft, catalog_entry, catalog_meta, revision, comment, audit, presence, policy_schema";
        st.execute("GRANT " + PLANNER + " TO " + EDITOR);
        st.execute("REVOKE ALL ON " + all + " FROM PUBLIC");
        st.execute("REVOKE ALL ON FUNCTION policy_changed() FROM PUBLIC");
        st.execute("GRANT USAGE ON SCHEMA public TO " + PLANNER + ", " + REVIEWER);
        st.execute("GRANT SELECT ON " + all + " TO " + PLANNER + ", " + REVIEWER);
        st.execute("GRANT INSERT, UPDATE, DELETE ON draft TO " + PLANNER);
        // a reviewer's update of a draft is checked by draft_reviewer_guard: only approving moves it on
        st.execute("GRANT UPDATE ON draft TO " + REVIEWER);
        // approving (a revision stored) is a reviewer's act: step 2 took this right back from the planners
        st.execute("GRANT INSERT ON revision TO " + REVIEWER);
        // a comment's author and time are the server's (session_user, now()): a client sends the draft and the text only
        st.execute("REVOKE INSERT ON comment FROM " + PLANNER + ", " + REVIEWER);
        st.execute("GRANT INSERT (draft_id, body) ON comment TO " + PLANNER + ", " + REVIEWER);
        st.execute("GRANT USAGE ON SEQUENCE comment_id_seq TO " + PLANNER + ", " + REVIEWER);
        st.execute("GRANT INSERT, UPDATE, DELETE ON presence TO " + PLANNER + ", " + REVIEWER);
        st.execute("GRANT INSERT, UPDATE, DELETE ON catalog_entry, catalog_meta TO " + EDITOR);
    }

    /** Which roles the session's login holds (with the rights they inherit); the owner and a superuser hold all. */
    static TeamRole role(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT session_user, pg_has_role(session_user, '" + EDITOR + "', 'USAGE'),"
                     + " pg_has_role(session_user, '" + PLANNER + "', 'USAGE'), pg_has_role(session_user, '" + REVIEWER + "', 'USAGE'),"
                     + " pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'draft'::regclass), 'USAGE')")) {
            rs.next();
            return new TeamRole(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5));
        }
    }

    /** {@code team grant USER ROLE}: a login gets one of the three roles (the login itself is IT's to create). */
    static void grantRole(Connection c, String login, String role) throws SQLException {
        String pgRole = ROLES.get(role);
        if (pgRole == null) {
            throw new IllegalArgumentException(role);
        }
        try (Statement st = c.createStatement()) {
            st.execute("GRANT " + pgRole + " TO " + quoteIdent(login));
        }
    }

    static String quoteIdent(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
