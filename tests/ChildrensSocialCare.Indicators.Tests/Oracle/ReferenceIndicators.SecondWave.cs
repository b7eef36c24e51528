using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Oracle;

// The section 8 indicators (INDICATORS.md section 8 and the readings of 8.1), from the records and the words alone.
internal sealed partial class ReferenceIndicators
{
    private static string[] SecondWaveIds =>
    [
        "cla-started-rate", "cla-ceased", "cla-ceased-adopted", "cla-uasc-share",
        "cpp-started-rate", "icpc-rate", "s47-to-icpc", "assessment-factors", "cin-disabled-share",
    ];

    private OracleResult EvaluateSecondWave(string id) => id switch
    {
        "cla-started-rate" => FlowRate(PeriodsOfCare().Where(p => InPeriod(p.Start)).Select(p => p.Child).Distinct().Count()),
        "cla-ceased" => Count(LastCeasedPerChild().Count),
        "cla-ceased-adopted" => CeasedAdopted(),
        "cla-uasc-share" => UascShare(),
        "cpp-started-rate" => FlowRate(_records.ChildProtectionPlans.Where(p => InPeriod(p.StartDate)).Select(p => Id(p.ChildId)).Distinct().Count()),
        "icpc-rate" => FlowRate(ConferencePairs()),
        "s47-to-icpc" => Section47ToConference(),
        "assessment-factors" => Factors(),
        "cin-disabled-share" => DisabledShare(),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "The reference implementation has no such indicator."),
    };

    // 8.1: a count reports numerator = value = the count and no denominator.
    private static OracleResult Count(long n) => new(n, 0, n);

    // Each child's last period of care ending in the period.
    private Dictionary<string, PeriodOfCare> LastCeasedPerChild() =>
        PeriodsOfCare().Where(p => p.End is { } e && InPeriod(e))
            .GroupBy(p => p.Child)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.End).Last());

    private OracleResult CeasedAdopted()
    {
        var last = LastCeasedPerChild();
        return OracleResult.Percentage(last.Values.Count(p => p.Episodes[^1].Rec is "E11" or "E12"), last.Count);
    }

    // READING: a child is UASC at the period end when any of their UASC rows has DUC blank or after it.
    private OracleResult UascShare()
    {
        var uasc = _records.UnaccompaniedAsylumSeekers
            .Where(u => u.DateCeasedUasc is null || u.DateCeasedUasc.Value > _end)
            .Select(u => Id(u.ChildId)).ToHashSet();
        var children = LookedAfterAtEnd().ToList();
        return OracleResult.Percentage(children.Count(uasc.Contains), children.Count);
    }

    private int ConferencePairs() =>
        _records.Section47Enquiries.Select(s => (Id(s.ChildId), s.InitialConferenceDate))
            .Concat(_records.CinEpisodes.Select(e => (Id(e.ChildId), e.DateOfInitialCpc)))
            .Where(x => x.Item2 is { } d && InPeriod(d))
            .Distinct().Count();

    private OracleResult Section47ToConference()
    {
        var started = _records.Section47Enquiries.Where(s => InPeriod(s.StartDate)).ToList();
        return OracleResult.Percentage(started.Count(s => s.InitialConferenceDate is not null && !s.ConferenceNotRequired), started.Count);
    }

    private OracleResult Factors()
    {
        var authorised = _records.Assessments.Where(a => a.AuthorisationDate is { } d && InPeriod(d)).ToList();
        var total = authorised.Count;
        var details = new Dictionary<string, decimal?>();
        foreach (var group in authorised.SelectMany(a => a.Factors.Select(Code).Where(f => f.Length > 0).Distinct()).GroupBy(f => f))
        {
            details[group.Key] = group.Count();
            details[group.Key + "%"] = group.Count() * 100m / total;
        }

        return new OracleResult(total, total, total, Details: details);
    }

    // READING: the child's first header row in the return decides (8.1: the first Child element's characteristics).
    private OracleResult DisabledShare()
    {
        var children = _records.CinEpisodes.Where(e => OpenAtEnd(e.ReferralDate, e.ClosureDate)).Select(e => Id(e.ChildId)).Distinct().ToList();
        bool Disabled(string child) =>
            _records.Children.FirstOrDefault(c => Id(c.Id) == child) is { } row && row.Disabilities.Any(d => Code(d) is not ("" or "NONE"));
        return OracleResult.Percentage(children.Count(Disabled), children.Count);
    }
}
