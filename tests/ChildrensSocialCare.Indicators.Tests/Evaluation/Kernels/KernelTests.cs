using ChildrensSocialCare.Indicators.Tests.Indicators;
using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Evaluation.Kernels;

// Each kernel on a few hand-made rows, through a sink that records every call: which rows it reports, how, and in
// what order. The year is 2014-15 (1 April 2014 to 31 March 2015).
public class KernelTests
{
    private static readonly ReportingPeriod s_year = ReportingPeriod.Year(2015);

    [Fact]
    public void Events_in_the_period_are_reported_in_table_order_and_others_not_at_all()
    {
        var data = new ReturnBuilder()
            .Referral("B", "2014-07-01").Referral("A", "2014-05-10").Referral("A", "2015-06-01").Referral("A", "2014-03-31")
            .ToDataSet();
        var sink = new RecordingSink();

        var tally = EventsInPeriod.Run(data.Referrals.ByDate, Context(data), new CountEvery(), ref sink);

        // Rows by (child, date): A 2014-03-31, A 2014-05-10, A 2015-06-01, B 2014-07-01.
        Assert.Equal(["count 1", "count 3"], sink.Calls);
        Assert.Equal((2m, 0m), (tally.Numerator, tally.Denominator));
    }

    [Fact]
    public void Rows_in_the_period_leave_out_an_end_still_open()
    {
        var data = new ReturnBuilder().Plan("A", "2012-01-01", "2014-06-01").Plan("B", "2014-05-01").ToDataSet();
        var sink = new RecordingSink();

        RowsInPeriod.Run(data.Plans.End, Context(data), new ShareWhere<EveryRow>(default), ref sink);

        Assert.Equal(["in 0"], sink.Calls);
    }

    [Fact]
    public void Rows_open_at_the_end_are_each_a_unit()
    {
        var data = new ReturnBuilder().Plan("A", "2012-01-01").Plan("A", "2014-05-01").Plan("B", "2014-05-01", "2015-03-31").ToDataSet();
        var sink = new RecordingSink();

        var tally = RowsOpenAtEnd.Run(data.Plans.Start, data.Plans.End, Context(data), new CountEvery(), ref sink);

        // A plan ending on the period end is not open at it (specification 1.1).
        Assert.Equal(["count 0", "count 1"], sink.Calls);
        Assert.Equal(2m, tally.Numerator);
    }

    [Fact]
    public void Distinct_children_open_at_the_end_count_a_child_once_through_the_first_open_row()
    {
        var data = new ReturnBuilder().Plan("A", "2012-01-01").Plan("A", "2014-05-01").Plan("B", "2010-01-01", "2011-01-01").ToDataSet();
        var sink = new RecordingSink();

        var tally = DistinctChildrenOpenAtEnd.Run(data.Plans.Child, data.Plans.Start, data.Plans.End, Context(data), new CountEvery(), ref sink);

        Assert.Equal(["count 0"], sink.Calls);
        Assert.Equal(1m, tally.Numerator);
    }

    [Fact]
    public void Distinct_children_in_the_period_report_each_child_once_through_the_first_or_the_last_row()
    {
        // Rows by (child, start): A 2014-05-01 (0), A 2014-08-01 (1), A 2015-06-01 (2), B 2014-03-31 (3), B 2015-03-31 (4).
        var data = new ReturnBuilder()
            .Plan("A", "2014-05-01").Plan("A", "2014-08-01").Plan("A", "2015-06-01").Plan("B", "2014-03-31").Plan("B", "2015-03-31")
            .ToDataSet();
        var first = new RecordingSink();
        var last = new RecordingSink();

        var tally = DistinctChildrenInPeriod.Run(data.Plans.Child, data.Plans.Start, Context(data), last: false, new CountEvery(), ref first);
        DistinctChildrenInPeriod.Run(data.Plans.Child, data.Plans.Start, Context(data), last: true, new CountEvery(), ref last);

        // In 2014-15: A's rows 0 and 1 (row 2 is after it), B's row 4 (row 3 the day before it).
        Assert.Equal(["count 0", "count 4"], first.Calls);
        Assert.Equal(["count 1", "count 4"], last.Calls);
        Assert.Equal(2m, tally.Numerator);
    }

    [Fact]
    public void A_review_chain_judges_the_due_dates_in_its_window_chained_from_the_reviews_held()
    {
        int Day(string iso) => D(iso).DayNumber;

        // First due 1 Jan 2015; held 1 Feb (late, but before the window from 1 Mar), so the next is due 1 Aug 2015.
        Assert.True(ReviewChain.InTime(Day("2015-01-01"), [Day("2015-02-01"), Day("2015-08-01")], 6, Day("2015-03-01"), Day("2016-01-01")));
        // Had it chained from the due date, 1 Jul 2015 would have been missed; held on 2 Aug it is late.
        Assert.False(ReviewChain.InTime(Day("2015-01-01"), [Day("2015-02-01"), Day("2015-08-02")], 6, Day("2015-03-01"), Day("2016-01-01")));
        // Nothing due in an empty window: in time.
        Assert.True(ReviewChain.InTime(Day("2015-01-01"), [], 6, Day("2015-01-01"), Day("2015-01-01")));
    }

    [Fact]
    public void Looked_after_during_the_period_reports_each_child_through_the_latest_episode_overlapping_it()
    {
        // Rows by (child, DECOM): A 2013-01-01 .. 2014-06-01 (0), A 2014-06-01 open (1); B ended on 2014-04-01, the
        // period's first day (2); C a short break (3); D starts after the period (4).
        var data = new ReturnBuilder()
            .Care("A", "2013-01-01").Then("2014-06-01", "P", "U2").Open()
            .Care("B", "2013-01-01").Ends("2014-04-01", "E13")
            .Care("C", "2014-05-01", legalStatus: "V3").Open()
            .Care("D", "2015-04-01").Open()
            .ToDataSet();
        var sink = new RecordingSink();

        LookedAfterDuringPeriod.Run(Context(data), new CountEvery(), ref sink);

        Assert.Equal(["count 1", $"exclude 3 {ExclusionCodes.ShortBreak}"], sink.Calls);
    }

    [Fact]
    public void First_per_child_reports_the_first_row_passing_the_test_or_else_the_first_in_the_period()
    {
        var data = new ReturnBuilder()
            .Plan("A", "2014-05-01", "2014-06-01").Plan("A", "2014-08-01", "2014-09-01").Plan("A", "2014-10-01")
            .Plan("B", "2013-01-01", "2013-02-01").Plan("B", "2014-05-01")
            .Plan("C", "2013-01-01")
            .ToDataSet();
        var sink = new RecordingSink();
        var test = new RowIs(1, 2);

        var tally = FirstPerChildInPeriod.Run(data.Plans.Child, data.Plans.Start, Context(data), test, ref sink);

        Assert.Equal(["in 1", "out 4"], sink.Calls);
        Assert.Equal((1m, 2m), (tally.Numerator, tally.Denominator));
    }

    [Fact]
    public void Within_working_days_judges_timely_late_end_before_start_and_outside_the_calendar()
    {
        var data = new ReturnBuilder()
            .Assessment("A", "2014-06-02", "2014-08-04")   // 45 working days
            .Assessment("B", "2014-06-02", "2014-08-05")   // 46
            .Assessment("C", "2014-06-10", "2014-06-09")   // authorised the day before it started
            .Assessment("D", "1990-06-10", "2014-06-09")   // a start before the calendar's coverage
            .ToDataSet();
        var t = data.AssessmentTable;
        var c = Context(data);
        var rule = new WithinWorkingDays<EveryRow>(c, t.Start, t.Authorised, t.Child, 45, "x.before", default);

        Assert.Equal(
            [Verdict.Member(true), Verdict.Member(false), Verdict.Excluded("x.before"), Verdict.Excluded(ExclusionCodes.OutsideCalendar)],
            Enumerable.Range(0, 4).Select(rule.Judge));
        Assert.Equal(1, c.OutsideCalendarCount);
    }

    [Fact]
    public void Within_working_days_excludes_a_missing_start_only_when_given_a_code_for_it()
    {
        var data = new ReturnBuilder().Assessment("A", "2014-06-02", "2014-08-04").ToDataSet();
        var t = data.AssessmentTable;
        var rule = new WithinWorkingDays<EveryRow>(Context(data), t.Referral, t.Authorised, t.Child, 45, "x.before", default, "x.none");

        Assert.Equal(Verdict.Excluded("x.none"), rule.Judge(0));
    }

    [Fact]
    public void Looked_after_at_the_end_excludes_short_breaks_and_reports_the_latest_open_episode()
    {
        var data = new ReturnBuilder()
            .Episode("A", "2014-01-01", "S", legalStatus: "V3")
            .Episode("A", "2014-02-01", "S").Episode("A", "2014-03-01", "S")
            .Episode("B", "2010-01-01", "S", dec: "2011-01-01", rec: "E4A")
            .ToDataSet();
        var sink = new RecordingSink();

        var tally = LookedAfterAtEnd.Run(Context(data), new CountEvery(), ref sink);

        Assert.Equal([$"exclude 0 {ExclusionCodes.ShortBreak}", "count 2"], sink.Calls);
        Assert.Equal(1m, tally.Numerator);
    }

    [Fact]
    public void Care_leaver_cohort_reports_each_row_with_its_rule()
    {
        var data = new ReturnBuilder()
            .CareLeaver("L1", "1995-06-01").CareLeaver("L2", null).CareLeaver("L3", "2000-06-01")
            .CareLeaver("L4", "1994-06-01", "DIED").CareLeaver("L5", "1994-06-01", collectionYear: 2010)
            .ToDataSet();
        var sink = new RecordingSink();

        var tally = CareLeaverCohort.Run(Context(data), data.CareLeavers.InTouch, ref sink);

        Assert.Equal(
        [
            "in 0",
            $"exclude 1 {ExclusionCodes.CareLeaverNoDateOfBirth}",
            $"exclude 2 {ExclusionCodes.CareLeaverOutsideCohortAge}",
            $"exclude 3 {ExclusionCodes.CareLeaverInTouchOutsideCohort}",
            $"exclude 4 {ExclusionCodes.CareLeaverNoBirthdayInPeriod}",
        ], sink.Calls);
        Assert.Equal((1m, 1m), (tally.Numerator, tally.Denominator));
        Assert.Equal(D("2014-06-01"), CareLeaverCohort.Birthday(Context(data), 0));
    }

    [Fact]
    public void Mean_days_of_events_totals_the_days_with_the_median_and_count_as_details()
    {
        var data = new ReturnBuilder()
            .Care("A", "2013-01-01").Ends("2014-06-01", "E11")
            .Care("B", "2013-01-01").Ends("2014-07-01", "E12")
            .Care("C", "2013-01-01").Ends("2014-08-01", "E12")
            .ToDataSet();
        var sink = new RecordingSink();

        var tally = MeanDaysOfEvents.Run(data.Care.Adoptions, Context(data), new TenTimesRow(), "Events", ref sink);

        Assert.Equal(["in 0", "in 1", "in 2"], sink.Calls);
        Assert.Equal((30m, 3m), (tally.Numerator, tally.Denominator));
        Assert.Equal([10m, 3m], tally.Details!.Select(d => d.Value));
        Assert.Equal("Events", tally.Details![1].Label);
    }

    [Fact]
    public void Mean_days_of_events_leaves_out_an_event_the_measure_cannot_take()
    {
        var data = new ReturnBuilder()
            .Care("A", "2013-01-01").Ends("2014-06-01", "E11")
            .Care("B", "2013-01-01").Ends("2014-07-01", "E12")
            .ToDataSet();
        var sink = new RecordingSink();

        var tally = MeanDaysOfEvents.Run(data.Care.Adoptions, Context(data), new TenTimesRow(1), "Events", ref sink);

        // B's adoption (index row 1) is left out: 10 days over 1 event, median 10.
        Assert.Equal(["in 0", "exclude 1 x.y"], sink.Calls);
        Assert.Equal((10m, 1m), (tally.Numerator, tally.Denominator));
        Assert.Equal([10m, 1m], tally.Details!.Select(d => d.Value));
    }

    [Fact]
    public void The_counting_sink_counts_members_and_counted_units_and_ignores_exclusions()
    {
        var sink = default(CountingSink);
        sink.Report(0, Verdict.Counted);
        sink.Report(1, Verdict.Member(true));
        sink.Report(2, Verdict.Member(false));
        sink.Report(3, Verdict.Excluded("x.y"));
        sink.Report(4, Verdict.Skip);

        Assert.Equal((2L, 2L), (sink.Numerator, sink.Denominator));
    }

    private static EvaluationContext Context(DataSet data) => new(data, s_year, EvaluationOptions.Default);

    private readonly struct RowIs(params int[] rows) : IRowTest
    {
        public bool Test(int row) => rows.Contains(row);
    }

    // 10 days for every event, reported through its own index row; the rows given are left out with code x.y.
    private readonly struct TenTimesRow(params int[] excluded) : IUnitDays
    {
        public long Days(int indexRow, out int unit, out string? excludedBy)
        {
            unit = indexRow;
            excludedBy = excluded is not null && excluded.Contains(indexRow) ? "x.y" : null;
            return 10;
        }
    }
}

// A sink that records every call, in order, as "count 3", "in 4", "out 5" or "exclude 6 code".
internal struct RecordingSink() : IUnitSink
{
    private CountingSink _counts;

    public static bool InTableOrder => true;

    public List<string> Calls { get; } = [];

    public readonly long Numerator => _counts.Numerator;

    public readonly long Denominator => _counts.Denominator;

    public void Count(int row)
    {
        _counts.Count(row);
        Calls.Add($"count {row}");
    }

    public void Member(int row, bool inNumerator)
    {
        _counts.Member(row, inNumerator);
        Calls.Add($"{(inNumerator ? "in" : "out")} {row}");
    }

    public readonly void Exclude(int row, string exclusionCode) => Calls.Add($"exclude {row} {exclusionCode}");
}
