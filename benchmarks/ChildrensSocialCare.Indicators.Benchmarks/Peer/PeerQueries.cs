namespace ChildrensSocialCare.Indicators.Benchmarks.Peer;

// Every indicator of INDICATORS.md section 2 as one DuckDB query, written from the specification (with the decisions
// the catalogue states), under the default EvaluationOptions (MeasureFrom = Start, PlacementChange = CarerChange,
// a 24-month repeat-plan look-back, care leavers aged 19-21, no annualising). Each query returns one row: num, den and
// val (the numerator, the denominator and the value as the engine reports them), then any details by key.
//
// Placeholders: {ps} and {pe} are the period's first and last days as DATE literals, {population} the population
// aged 0-17. Unqualified derived names (referral_history, care_episodes...) resolve through the search path to the
// materialised tables or the inline views.
internal static class PeerQueries
{
    private const string InPeriod = "BETWEEN {ps} AND {pe}";

    public static IReadOnlyDictionary<string, string> ById { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // ------------------------------------------------------------------------------------------ referrals
        ["referrals-rate"] = Rate($"SELECT count(*) AS c FROM main.referrals WHERE ref_date {InPeriod}"),

        // P < R <= P + 12 calendar months against the latest referral on an earlier day (P + 12 months grows with P).
        ["re-referrals-12m"] = Percentage($"""
            SELECT count(*) FILTER (WHERE prev_date IS NOT NULL AND ref_date <= add_months(prev_date, 12)) AS num, count(*) AS den
            FROM referral_history WHERE ref_date {InPeriod}
            """),

        ["referrals-nfa"] = Percentage($"SELECT count(*) FILTER (WHERE nfa) AS num, count(*) AS den FROM main.referrals WHERE ref_date {InPeriod}"),

        ["contacts-outcomes"] = $"""
            SELECT count(*) AS num, count(*) AS den, count(*) AS val,
                   count(*) FILTER (WHERE outcome = 'referral') AS "referral",
                   count(*) FILTER (WHERE outcome = 'early-help') AS "early-help",
                   count(*) FILTER (WHERE outcome = 'onward-single-agency') AS "onward-single-agency",
                   count(*) FILTER (WHERE outcome = 'advice-information') AS "advice-information",
                   count(*) FILTER (WHERE outcome = 'other') AS "other"
            FROM main.contacts WHERE contact_date {InPeriod}
            """,

        // ------------------------------------------------------------------------------------------ assessments
        ["initial-assessments-rate"] = Rate($"SELECT count(*) AS c FROM main.legacy_assessments WHERE kind = 'I' AND completed {InPeriod}"),
        ["initial-assessments-10wd"] = LegacyTimeliness("I", 10),
        ["initial-assessments-child-seen"] = ChildSeen("seen"),
        ["initial-assessments-child-seen-alone"] = ChildSeen("seen_alone"),
        ["core-assessments-35wd"] = LegacyTimeliness("C", 35),
        ["assessments-rate"] = Rate($"SELECT count(*) AS c FROM main.assessments WHERE auth_date {InPeriod}"),

        // Authorised in the period and not before the start (a calendar comparison); within 45 working days.
        ["assessments-45wd"] = WithinWorkingDays("assessments", "start_date", "auth_date", 45),

        // ------------------------------------------------------------------------------------------ section 47, CIN
        ["s47-rate"] = Rate($"SELECT count(*) AS c FROM main.s47 WHERE start_date {InPeriod}"),

        ["icpc-15wd"] = WithinWorkingDays("s47", "start_date", "icpc", 15),

        ["cin-rate"] = Rate("SELECT count(DISTINCT child) AS c FROM main.referrals WHERE ref_date <= {pe} AND (closure IS NULL OR closure > {pe})"),

        // ------------------------------------------------------------------------------------------ child protection
        ["cpp-started-rate"] = Rate($"SELECT count(DISTINCT child) AS c FROM main.plans WHERE start_date {InPeriod}"),
        ["cpp-rate"] = Rate("SELECT count(DISTINCT child) AS c FROM main.plans WHERE start_date <= {pe} AND (end_date IS NULL OR end_date > {pe})"),

        ["cpp-second-subsequent"] = Percentage($"""
            SELECT count(*) FILTER (WHERE repeated) AS num, count(*) AS den
            FROM (SELECT child, bool_or(has_earlier OR coalesce(previous_plans, -1) > 0) AS repeated
                  FROM plan_history WHERE start_date {InPeriod} GROUP BY child)
            """),

        ["cpp-repeat-within-2y"] = Percentage($"""
            SELECT count(*) FILTER (WHERE repeated) AS num, count(*) AS den
            FROM (SELECT child, bool_or(coalesce(prev_latest_end >= add_months(start_date, -24), false)) AS repeated
                  FROM plan_history WHERE start_date {InPeriod} GROUP BY child)
            """),

        ["cpp-ended-2y-plus"] = Percentage($"""
            SELECT count(*) FILTER (WHERE end_date >= add_months(start_date, 24)) AS num, count(*) AS den
            FROM main.plans WHERE end_date {InPeriod} AND end_date >= start_date
            """),

        ["cpp-open-2y-plus"] = Percentage("""
            SELECT count(*) FILTER (WHERE {pe} >= add_months(start_date, 24)) AS num, count(*) AS den
            FROM main.plans WHERE start_date <= {pe} AND (end_date IS NULL OR end_date > {pe})
            """),

        // ------------------------------------------------------------------------------------------ looked after
        ["cla-rate"] = Rate("SELECT count(DISTINCT child) AS c FROM care_episodes WHERE decom <= {pe} AND (dec IS NULL OR dec > {pe})"),

        // Placements overlapping [ps, pe]: s <= pe and e > ps and s < e, an open placement running on.
        ["cla-3plus-placements"] = Percentage("""
            WITH looked_after AS (SELECT DISTINCT child FROM care_episodes WHERE decom <= {pe} AND (dec IS NULL OR dec > {pe})),
            moves AS (SELECT child, count(*) AS n FROM placements
                      WHERE p_start <= {pe} AND (p_end IS NULL OR (p_end > {ps} AND p_start < p_end)) GROUP BY child)
            SELECT count(*) FILTER (WHERE coalesce(moves.n, 0) >= 3) AS num, count(*) AS den
            FROM looked_after LEFT JOIN moves USING (child)
            """),

        // The current episode is the latest one open at the period end; its period of care and placement are current.
        ["cla-long-term-stability"] = Percentage("""
            WITH current_care AS (
                SELECT child, any_value(dob) AS dob, arg_max(poc_start, seq) AS poc_start, arg_max(placement_start, seq) AS placement_start
                FROM care_episodes WHERE decom <= {pe} AND (dec IS NULL OR dec > {pe}) GROUP BY child)
            SELECT count(*) FILTER (WHERE placement_start <= add_months({pe}, -24)) AS num, count(*) AS den
            FROM current_care
            WHERE dob IS NOT NULL AND age_at(dob, {pe}) < 16 AND poc_start <= add_months({pe}, -30)
            """),

        // Section 8: children with a period of care starting (or ending) in the period, each once; a count (8.1) has
        // numerator = value = the count and denominator 0. The last occasion is the latest end, then the later chain.
        ["cla-started-rate"] = Rate($"SELECT count(DISTINCT child) AS c FROM care_episodes WHERE poc_start {InPeriod}"),
        ["cla-ceased"] = $"SELECT c AS num, 0 AS den, c AS val FROM (SELECT count(DISTINCT child) AS c FROM care_episodes WHERE poc_end {InPeriod})",
        ["cla-ceased-adopted"] = Percentage($"""
            SELECT count(*) FILTER (WHERE rec IN ('E11', 'E12')) AS num, count(*) AS den
            FROM (SELECT child, arg_max(rec, (poc_end, seq)) AS rec FROM care_episodes WHERE poc_end {InPeriod} GROUP BY child)
            """),

        // ------------------------------------------------------------------------------------------ care leavers
        ["care-leavers-suitable-accommodation"] = CareLeavers("accom IN ('B1', 'C1', 'D1', 'E1', 'G1', 'H1', 'K1', 'R1', 'T1', 'U1', 'V1', 'W1', 'Y1', 'Z1')"),
        ["care-leavers-eet"] = CareLeavers("activ IN ('F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5')"),
        ["care-leavers-in-touch"] = CareLeavers("in_touch = 'YES'"),

        // ------------------------------------------------------------------------------------------ adoption
        ["adoption-entry-to-placement-days"] = $"""
            SELECT coalesce(sum(days), 0) AS num, count(*) AS den, avg(days) AS val, median(days) AS "median", count(*) AS "count"
            FROM (SELECT placement_start - poc_start AS days FROM care_episodes WHERE dec {InPeriod} AND rec IN ('E11', 'E12'))
            """,

        // ------------------------------------------------------------------------------------------ workforce
        ["workforce-agency-share"] = Percentage($"""
            SELECT coalesce(max_by(agency, snapshot_date), 0) AS num, coalesce(max_by(filled, snapshot_date), 0) AS den
            FROM main.workforce WHERE snapshot_date {InPeriod}
            """),

        // Days per FTE over a period: total sickness days / mean FTE of the records wholly within it.
        ["workforce-sickness-change"] = Percentage("""
            WITH now AS (SELECT CASE WHEN count(*) = 0 OR avg(fte) = 0 THEN NULL ELSE sum(days) / avg(fte) END AS v
                         FROM main.sickness WHERE start_date >= {ps} AND end_date <= {pe}),
            before AS (SELECT CASE WHEN count(*) = 0 OR avg(fte) = 0 THEN NULL ELSE sum(days) / avg(fte) END AS v
                       FROM main.sickness WHERE start_date >= add_months({ps}, -12) AND end_date <= add_months({pe}, -12))
            SELECT CASE WHEN now.v IS NULL OR before.v IS NULL THEN 0 ELSE now.v - before.v END AS num,
                   CASE WHEN now.v IS NULL OR before.v IS NULL THEN 0 ELSE before.v END AS den
            FROM now, before
            """),
    };

    // The section 8 ids without a query yet, and why: their inputs are not loaded into the peer's schema. --check
    // names them and compares the rest; any other id without a query fails it.
    public static IReadOnlyDictionary<string, string> NotYetWritten { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cla-uasc-share"] = "the UASC table is not loaded",
        ["cla-missing"] = "the missing table is not loaded",
        ["cla-away"] = "the missing table is not loaded",
        ["cla-health-checks"] = "the OC2 table is not loaded",
        ["cla-dental-checks"] = "the OC2 table is not loaded",
        ["cla-immunisations"] = "the OC2 table is not loaded",
        ["cla-development-assessments"] = "the OC2 table is not loaded",
        ["cla-sdq-mean"] = "the OC2 table is not loaded",
        ["cla-sdq-concern"] = "the OC2 table is not loaded",
        ["cla-convicted"] = "the OC2 table is not loaded",
        ["cla-substance-misuse"] = "the OC2 table is not loaded",
        ["icpc-rate"] = "the conference date on CINdetails is not loaded",
        ["s47-to-icpc"] = "ICPCnotRequired is not loaded",
        ["cla-reviews-on-time"] = "the reviews table is not loaded",
        ["cpp-reviews-on-time"] = "CPPreviewDate is not loaded",
        ["assessment-factors"] = "AssessmentFactors are not loaded",
        ["cin-disabled-share"] = "the CIN Disability codes are not loaded",
        ["adoption-order-to-match-days"] = "the AD1 table is not loaded",
    };

    // A rate per 10,000: the count, the population, count / population x 10,000 (section 1.4).
    private static string Rate(string count) =>
        $"SELECT c AS num, {{population}} AS den, c * 10000.0 / {{population}} AS val FROM ({count})";

    private static string Percentage(string counts) => $"SELECT num, den, pct(num, den) AS val FROM ({counts})";

    // Ended (completed, authorised, conferenced) in the period and not before the start (a calendar comparison); within
    // the limit in working days. The condition, when given, selects the rows of the table.
    private static string WithinWorkingDays(string table, string start, string end, int limit, string condition = "TRUE") => Percentage($"""
        SELECT count(*) FILTER (WHERE we.n - ws.n <= {limit}) AS num, count(*) AS den
        FROM main.{table} t
        JOIN main.working_days ws ON ws.day = t.{start}
        JOIN main.working_days we ON we.day = t.{end}
        WHERE {condition} AND t.{end} {InPeriod} AND t.{end} >= t.{start}
        """);

    private static string LegacyTimeliness(string kind, int limit) =>
        WithinWorkingDays("legacy_assessments", "start_date", "completed", limit, $"t.kind = '{kind}'");

    private static string ChildSeen(string flag) => Percentage($"""
        SELECT count(*) FILTER (WHERE {flag}) AS num, count(*) AS den
        FROM main.legacy_assessments WHERE kind = 'I' AND completed {InPeriod} AND {flag} IS NOT NULL
        """);

    // The cohort: OC3 rows (DOB falling back to the header's) whose age on the latest birthday in the period (and in
    // the row's collection year, when known) is 19, 20 or 21, excluding IN_TOUCH DIED and RHOM.
    private static string CareLeavers(string outcome) => Percentage($$"""
        WITH leaver AS (SELECT id, in_touch, activ, accom, collection_year AS cy, dob FROM care_leaver_rows),
        birthday AS (
            SELECT id, max(birthday_in(dob, y)) AS b
            FROM leaver, range(year({ps}), year({pe}) + 1) years(y)
            WHERE dob IS NOT NULL AND y >= year(dob)
              AND birthday_in(dob, y) BETWEEN {ps} AND {pe}
              AND (cy IS NULL OR birthday_in(dob, y) BETWEEN make_date(cy - 1, 4, 1) AND make_date(cy, 3, 31))
            GROUP BY id)
        SELECT count(*) FILTER (WHERE {{outcome}}) AS num, count(*) AS den
        FROM leaver JOIN birthday USING (id)
        WHERE year(b) - year(dob) IN (19, 20, 21) AND in_touch NOT IN ('DIED', 'RHOM')
        """);
}
