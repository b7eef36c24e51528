using System.Globalization;
using System.Text;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// The README's indicator tables, generated from Catalogue.All and Catalogue.Inspection (the catalogue is the only place the metadata is written).
internal static class CatalogueTable
{
    public const string Marker = "catalogue";

    public static string Generate()
    {
        var b = new StringBuilder();
        b.Append("<!-- Generated from Catalogue.All: do not edit by hand. After changing the catalogue, run\n")
         .Append("     UPDATE_README=1 dotnet test tests/ChildrensSocialCare.Indicators.Samples.Tests --filter Catalogue_table -->\n");
        b.Append("| Id | Title | Unit | dp | Polarity | Legacy ids | From Annex A |\n");
        b.Append("| --- | --- | --- | --: | --- | --- | --- |\n");
        foreach (var d in Catalogue.All)
        {
            b.Append(CultureInfo.InvariantCulture,
                $"| `{d.Id}` | {Cell(d.Title)} | {UnitText(d.Unit)} | {d.Decimals} | {PolarityText(d.Polarity)} | {Cell(string.Join(", ", d.LegacyIds))} | {(d.FromAnnexA ? "yes" : "")} |\n");
        }

        // The inspection measures (specification 9.3): from an Annex A workbook only, kept out of Catalogue.All.
        b.Append("\nAnnex A measures (`Catalogue.Inspection`): computed only from an Ofsted Annex A workbook (`AnnexADataSet`,\n")
         .Append("`scorecard --annex-a`), over the lists' window to the reference date.\n\n");
        b.Append("| Id | Title | Unit | dp | Polarity |\n");
        b.Append("| --- | --- | --- | --: | --- |\n");
        foreach (var d in Catalogue.Inspection)
        {
            b.Append(CultureInfo.InvariantCulture,
                $"| `{d.Id}` | {Cell(d.Title)} | {UnitText(d.Unit)} | {d.Decimals} | {PolarityText(d.Polarity)} |\n");
        }

        return b.ToString();
    }

    private static string UnitText(Unit unit) => unit switch
    {
        Unit.Percentage => "%",
        Unit.RatePer10000 => "per 10,000 aged 0-17",
        Unit.Count => "count",
        Unit.Days => "days",
        Unit.Score => "score",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A unit the README table does not name yet."),
    };

    private static string PolarityText(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher is better",
        Polarity.LowerIsBetter => "lower is better",
        Polarity.Context => "context",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "A polarity the README table does not name yet."),
    };

    // A table cell: a pipe would end the cell, a line break the row.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
