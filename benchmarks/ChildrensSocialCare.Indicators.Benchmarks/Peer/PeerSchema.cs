namespace ChildrensSocialCare.Indicators.Benchmarks.Peer;

// The peer engine's tables, macros and derived structures, in DuckDB SQL. The base tables hold the records as loaded
// (one row per record, codes trimmed and upper-cased as the record types hold them); the derived structures are what
// the engine's DataSet computes once when it is built (periods of care, placements, each referral's and plan's
// history, each child's date of birth). They are created twice from the same text: as tables in the schema
// `materialised` (computed at load time, like DataSet.Create) and as views in the schema `inline` (computed inside
// every query), so the queries can be timed both ways.
internal static class PeerSchema
{
    public const string Materialised = "materialised";
    public const string Inline = "inline";

    public const string BaseTables = """
        CREATE TABLE children (child VARCHAR NOT NULL, dob DATE);
        CREATE TABLE referrals (child VARCHAR NOT NULL, ref_date DATE NOT NULL, closure DATE, nfa BOOLEAN NOT NULL);
        CREATE TABLE assessments (child VARCHAR NOT NULL, start_date DATE NOT NULL, auth_date DATE, referral_date DATE);
        CREATE TABLE legacy_assessments (child VARCHAR NOT NULL, kind VARCHAR NOT NULL, start_date DATE NOT NULL, completed DATE, seen BOOLEAN, seen_alone BOOLEAN);
        CREATE TABLE s47 (child VARCHAR NOT NULL, start_date DATE NOT NULL, icpc DATE);
        CREATE TABLE plans (child VARCHAR NOT NULL, start_date DATE NOT NULL, end_date DATE, previous_plans INTEGER);
        CREATE TABLE contacts (child VARCHAR NOT NULL, contact_date DATE NOT NULL, outcome VARCHAR NOT NULL);
        CREATE TABLE episodes (child VARCHAR NOT NULL, decom DATE NOT NULL, dec DATE, rne VARCHAR NOT NULL, ls VARCHAR NOT NULL,
            place VARCHAR NOT NULL, rec VARCHAR NOT NULL, urn VARCHAR, pl_post VARCHAR);
        CREATE TABLE care_leavers (id INTEGER NOT NULL, child VARCHAR NOT NULL, dob DATE, collection_year INTEGER,
            in_touch VARCHAR NOT NULL, activ VARCHAR NOT NULL, accom VARCHAR NOT NULL);
        CREATE TABLE workforce (snapshot_date DATE NOT NULL, filled DOUBLE NOT NULL, agency DOUBLE NOT NULL);
        CREATE TABLE sickness (start_date DATE NOT NULL, end_date DATE NOT NULL, fte DOUBLE NOT NULL, days DOUBLE NOT NULL);
        -- Specification 1.3: n is the number of working days on or before the day, so that
        -- WorkingDaysBetween(s, e) = #{working days d : s < d <= e} = n(e) - n(s).
        CREATE TABLE working_days (day DATE NOT NULL, n INTEGER NOT NULL);
        """;

    // Specification 1.2: calendar months clamp to the end of the month (DuckDB's interval arithmetic does), and so do
    // birthdays (29 February is 28 February in a common year).
    public const string Macros = """
        CREATE MACRO add_months(d, m) AS CAST(d + to_months(CAST(m AS INTEGER)) AS DATE);
        CREATE MACRO birthday_in(dob, y) AS make_date(CAST(y AS BIGINT), month(dob),
            least(day(dob), day(last_day(make_date(CAST(y AS BIGINT), month(dob), 1)))));
        CREATE MACRO age_at(dob, d) AS year(d) - year(dob) - CASE WHEN birthday_in(dob, year(d)) > d THEN 1 ELSE 0 END;
        CREATE MACRO pct(n, d) AS CASE WHEN d = 0 THEN NULL ELSE n * 100.0 / d END;
        CREATE MACRO is_temporary(place) AS place IN ('T0', 'T1', 'T2', 'T3', 'T4');
        """;

    // {kind} is TABLE or VIEW, {s} the schema. Every name is qualified, so a view binds to the same relations whatever
    // the search path of the query that uses it.
    public const string Derived = """
        -- Each child's date of birth (specification 1.2): the earliest header DOB, else the earliest OC3 DOB.
        CREATE {kind} {s}.child_dob AS
        SELECT child, min(h) AS header_dob, coalesce(min(h), min(o)) AS dob
        FROM (SELECT child, dob AS h, NULL::DATE AS o FROM main.children
              UNION ALL SELECT child, NULL::DATE, dob FROM main.care_leavers)
        GROUP BY child;

        -- Each OC3 row with the date of birth its cohort rule uses (specification 1.2): its own, else the header's.
        CREATE {kind} {s}.care_leaver_rows AS
        SELECT l.id, l.child, l.collection_year, l.in_touch, l.activ, l.accom, coalesce(l.dob, d.header_dob) AS dob
        FROM main.care_leavers l LEFT JOIN {s}.child_dob d ON d.child = l.child;

        -- Each referral with the latest referral of the same child on an earlier day (a same-day one is not earlier).
        CREATE {kind} {s}.referral_history AS
        SELECT child, ref_date, closure, nfa,
               max(ref_date) OVER (PARTITION BY child ORDER BY ref_date
                                   RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING) AS prev_date
        FROM main.referrals;

        -- Each plan with whether the child has a plan that started on an earlier day, and the latest end among the
        -- plans that started on the latest earlier day (NULL when none of those has ended).
        CREATE {kind} {s}.plan_history AS
        WITH h AS (
            SELECT *, max(start_date) OVER (PARTITION BY child ORDER BY start_date
                                            RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING) AS prev_start
            FROM main.plans),
        ends AS (SELECT child, start_date, max(end_date) AS latest_end FROM main.plans GROUP BY child, start_date)
        SELECT h.child, h.start_date, h.end_date, h.previous_plans, h.prev_start IS NOT NULL AS has_earlier,
               ends.latest_end AS prev_latest_end
        FROM h LEFT JOIN ends ON ends.child = h.child AND ends.start_date = h.prev_start;

        -- Looked-after episodes (specification section 2): V3/V4 ignored entirely; ordered by DECOM, then DEC with an
        -- open episode last, then by content (X1 first, then REC, RNE, LS, PLACE, URN, PL_POST) as the engine orders
        -- episodes that tie on both dates. A period of care is a maximal chain joined by REC X1 on the next DECOM.
        CREATE {kind} {s}.care_chain AS
        SELECT *, sum(CASE WHEN continues THEN 0 ELSE 1 END) OVER (PARTITION BY child ORDER BY seq) AS poc_no
        FROM (
            SELECT *, coalesce(lag(rec) OVER w = 'X1' AND lag(dec) OVER w = decom, false) AS continues
            FROM (
                SELECT child, decom, dec, rne, ls, place, rec,
                       CASE WHEN trim(coalesce(urn, '')) = '' OR upper(trim(urn)) = 'XXXXXXX' THEN NULL ELSE upper(trim(urn)) END AS urn_key,
                       CASE WHEN trim(coalesce(pl_post, '')) = '' THEN NULL ELSE upper(replace(pl_post, ' ', '')) END AS post_key,
                       row_number() OVER (PARTITION BY child ORDER BY decom, dec NULLS LAST, rec = 'X1' DESC, rec, rne, ls, place,
                                          coalesce(urn, ''), coalesce(pl_post, '')) AS seq
                FROM main.episodes
                WHERE ls NOT IN ('V3', 'V4'))
            WINDOW w AS (PARTITION BY child ORDER BY seq));

        -- Placements (carer spells): the first episode of a period of care starts one, and so does every episode with
        -- RNE S, P or B, except a temporary placement (T0-T4) and the return from one to the placement the child had
        -- before it (the last non-temporary episode: same PLACE, and same URN and PL_POST where both record them).
        CREATE {kind} {s}.care_placed AS
        SELECT *, sum(CASE WHEN starts THEN 1 ELSE 0 END) OVER (PARTITION BY child, poc_no ORDER BY seq) AS placement_no
        FROM (
            SELECT *,
                   CASE WHEN first_in_poc THEN true
                        WHEN is_temporary(place) THEN false
                        WHEN rne NOT IN ('S', 'P', 'B') THEN false
                        WHEN coalesce(previous_temporary AND before.place = place
                                      AND (before.urn IS NULL OR urn_key IS NULL OR before.urn = urn_key)
                                      AND (before.post IS NULL OR post_key IS NULL OR before.post = post_key), false) THEN false
                        ELSE true END AS starts
            FROM (
                SELECT *,
                       row_number() OVER p = 1 AS first_in_poc,
                       coalesce(lag(is_temporary(place)) OVER p, false) AS previous_temporary,
                       last_value(CASE WHEN NOT is_temporary(place) THEN {'place': place, 'urn': urn_key, 'post': post_key} END IGNORE NULLS)
                           OVER (p ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
                FROM {s}.care_chain
                WINDOW p AS (PARTITION BY child, poc_no ORDER BY seq)));

        -- Every looked-after episode with its period of care's start and end, its placement's start and the child's
        -- date of birth: what the looked-after indicators read.
        CREATE {kind} {s}.care_episodes AS
        SELECT e.*,
               first_value(e.decom) OVER (PARTITION BY e.child, e.poc_no ORDER BY e.seq) AS poc_start,
               last_value(e.dec) OVER (PARTITION BY e.child, e.poc_no ORDER BY e.seq
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS poc_end,
               first_value(e.decom) OVER (PARTITION BY e.child, e.poc_no, e.placement_no ORDER BY e.seq) AS placement_start,
               d.dob
        FROM {s}.care_placed e LEFT JOIN {s}.child_dob d ON d.child = e.child;

        -- A placement covers [its first episode's DECOM, the next placement's start, or the end of its period of care).
        CREATE {kind} {s}.placements AS
        SELECT child, poc_no, placement_no, p_start,
               coalesce(lead(p_start) OVER (PARTITION BY child, poc_no ORDER BY placement_no), poc_end) AS p_end
        FROM (SELECT child, poc_no, placement_no, min(decom) AS p_start, any_value(poc_end) AS poc_end
              FROM {s}.care_episodes GROUP BY child, poc_no, placement_no);
        """;
}
