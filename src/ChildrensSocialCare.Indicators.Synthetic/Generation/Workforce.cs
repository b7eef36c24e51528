using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// Monthly workforce snapshots and sickness absence, sized to the population: about 22.6 social workers (full-time
// equivalents) per 10,000 children, England's ratio around 2014 (about 26,000 for 11.5 million children).
internal static class Workforce
{
    // Sickness by month from April: more in winter, less in summer (the factors average 1).
    private static readonly double[] s_season = [0.9, 0.9, 0.85, 0.8, 0.75, 0.95, 1.05, 1.15, 1.2, 1.3, 1.15, 1.0];

    public static void Write(Model m, long population, Output o)
    {
        var rng = Prng.ForStream(m.Seed, ulong.MaxValue);
        var fte = Math.Max(1, population * 22.6 / 10_000);
        var daysPerFte = m.Options.SicknessDaysPerFte;
        for (var y = m.FirstYear; y <= m.LastYear; y++)
        {
            var index = y - m.FirstYear;
            for (var month = 0; month < 12; month++)
            {
                var start = new DateOnly(y - 1, 4, 1).AddMonths(month);
                var end = start.AddMonths(1).AddDays(-1);
                var staff = fte * (1 + (rng.Between(-30, 30) / 1000.0));
                var filled = (decimal)Math.Round(staff, 1);
                var agencyShare = Math.Clamp(m.Options.AgencyWorkerShare + (rng.Between(-20, 20) / 1000.0), 0, 1);
                var agency = (decimal)Math.Round(staff * agencyShare, 1);
                var snapshot = new WorkforceSnapshot(end, filled, Math.Min(agency, filled));
                o.Years[index].WorkforceSnapshots.Add(snapshot);
                o.Combined.WorkforceSnapshots.Add(snapshot);

                var days = staff * daysPerFte / 12 * s_season[month] * (1 + (rng.Between(-50, 50) / 1000.0));
                var sickness = new SicknessAbsence(start, end, filled, (decimal)Math.Round(days, 1));
                o.Years[index].SicknessAbsences.Add(sickness);
                o.Combined.SicknessAbsences.Add(sickness);
            }

            daysPerFte *= 1 + m.Options.SicknessChangePerYear;
        }
    }
}
