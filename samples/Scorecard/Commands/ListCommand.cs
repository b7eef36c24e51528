using System.CommandLine;
using System.Globalization;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard list: the catalogue's indicators, one a row, with the ids that --indicators and --explain take.
internal static class ListCommand
{
    public static Command Create(Streams streams)
    {
        var list = new Command("list", "list the indicators and their ids");
        list.SetAction(_ =>
        {
            var rows = new List<string[]> { new[] { "id", "unit", "dp", "polarity", "title" } };
            rows.AddRange(Catalogue.All.Select(d => new[]
            {
                d.Id, JsonReport.UnitToken(d.Unit), d.Decimals.ToString(CultureInfo.InvariantCulture), JsonReport.PolarityToken(d.Polarity), d.Title,
            }));
            streams.Out.Table(rows);
            return ScorecardApp.Success;
        });
        return list;
    }
}
