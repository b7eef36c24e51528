using System.Globalization;
using System.Text;
using ChildrensSocialCare.Indicators.Records;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Formats;

// Writes a record set as SSDA903 CSV tables, columns in DfE's order, dates dd/mm/yyyy, UTF-8 without a byte order
// mark. The header and episodes tables are always written; the others when they have records.
internal static class Ssda903CsvWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static WriteResult WriteFolder(RecordSet records, string folder, string prefix)
    {
        Directory.CreateDirectory(folder);
        var notes = new WriteNotes(folder);
        NotInReturn(records, notes);
        var files = new List<string>();
        foreach (var table in Ssda903TableSpec.Written)
        {
            if (Count(records, table) == 0 && table != Ssda903TableSpec.Header && table != Ssda903TableSpec.Episodes)
            {
                continue;
            }

            var path = Path.Combine(folder, prefix + table.Name + ".csv");
            using (var writer = new StreamWriter(path, append: false, s_utf8))
            {
                WriteTable(records, table, writer);
            }

            files.Add(path);
        }

        return new WriteResult(files, notes.Diagnostics());
    }

    public static int Count(RecordSet r, Ssda903TableSpec table) => table.Name switch
    {
        "header" => r.Children.Count,
        "episodes" => r.Episodes.Count,
        "reviews" => r.Reviews.Count,
        "uasc" => r.UnaccompaniedAsylumSeekers.Count,
        "oc2" => r.HealthOutcomes.Count,
        "oc3" => r.CareLeaverOutcomes.Count,
        "ad1" => r.Adoptions.Count,
        "placed_for_adoption" => r.PlacedForAdoption.Count,
        "previous_permanence" => r.PreviousPermanence.Count,
        "missing" => r.MissingEpisodes.Count,
        "social_worker" => r.SocialWorkerEpisodes.Count,
        _ => 0,
    };

    public static void WriteTable(RecordSet r, Ssda903TableSpec table, TextWriter text)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true);
        writer.Header.Add(table.Columns);
        writer.Header.Write();
        switch (table.Name)
        {
            case "header":
                foreach (var c in r.Children)
                {
                    Row(writer, c.Id, c.Sex.Code, D(c.DateOfBirth), c.Ethnicity, c.Upn, B(c.IsMother), D(c.MotherChildDateOfBirth));
                }

                break;
            case "episodes":
                foreach (var e in r.Episodes)
                {
                    Row(writer, e.ChildId, D(e.Start), e.ReasonForNewEpisode.Code, e.LegalStatus.Code, e.CategoryOfNeed.Code, e.Placement.Code,
                        e.PlacementProvider.Code, D(e.End), e.ReasonEnded.Code, e.ReasonPlaceChange.Code, e.HomePostcode, e.PlacementPostcode, e.Urn);
                }

                break;
            case "reviews":
                foreach (var x in r.Reviews)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), D(x.ReviewDate), x.ParticipationCode);
                }

                break;
            case "uasc":
                foreach (var x in r.UnaccompaniedAsylumSeekers)
                {
                    Row(writer, x.ChildId, x.Sex.Code, D(x.DateOfBirth), D(x.DateCeasedUasc));
                }

                break;
            case "oc2":
                foreach (var x in r.HealthOutcomes)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), I(x.SdqScore), x.SdqReason, B(x.Convicted), B(x.HealthCheck), B(x.Immunisations),
                        B(x.TeethCheck), B(x.HealthAssessment), B(x.SubstanceMisuse), B(x.InterventionReceived), B(x.InterventionOffered));
                }

                break;
            case "oc3":
                foreach (var x in r.CareLeaverOutcomes)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), x.InTouch.Code, x.Activity.Code, x.Accommodation.Code);
                }

                break;
            case "ad1":
                foreach (var x in r.Adoptions)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), D(x.DateShouldBePlaced), D(x.DateMatched), B(x.ByFosterCarer), I(x.NumberOfAdopters),
                        x.SexOfAdopters, x.LegalStatusOfAdopters);
                }

                break;
            case "placed_for_adoption":
                foreach (var x in r.PlacedForAdoption)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), D(x.DatePlaced), D(x.DatePlacedCeased), x.ReasonPlacedCeased);
                }

                break;
            case "previous_permanence":
                foreach (var x in r.PreviousPermanence)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), x.PreviousPermanenceCode, x.AuthorityCode, x.Date);
                }

                break;
            case "missing":
                foreach (var x in r.MissingEpisodes)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), x.Kind, D(x.Start), D(x.End));
                }

                break;
            case "social_worker":
                foreach (var x in r.SocialWorkerEpisodes)
                {
                    Row(writer, x.ChildId, D(x.DateOfBirth), x.SocialWorkerId, D(x.Start), D(x.End), x.Reason);
                }

                break;
        }
    }

    // Records of the CIN census and council records have no place in the SSDA903 return.
    public static void NotInReturn(RecordSet r, WriteNotes notes)
    {
        const string Why = "not part of the SSDA903 return; not written";
        notes.Add("CIN census episodes " + Why, null, r.CinEpisodes.Count);
        notes.Add("assessments " + Why, null, r.Assessments.Count + r.LegacyAssessments.Count);
        notes.Add("section 47 enquiries " + Why, null, r.Section47Enquiries.Count);
        notes.Add("child protection plans " + Why, null, r.ChildProtectionPlans.Count);
        notes.Add("CIN plans " + Why, null, r.CinPlans.Count);
        notes.Add("contacts " + Why, null, r.Contacts.Count);
        notes.Add("workforce records " + Why, null, r.WorkforceSnapshots.Count + r.SicknessAbsences.Count);
        foreach (var c in r.Children.Where(c => c.FormerUpn is not null || c.UpnUnknown is not null || c.ExpectedDateOfBirth is not null
            || c.DateOfDeath is not null || c.Disabilities.Count > 0))
        {
            notes.Add("children with CIN census items (former UPN, UPN unknown, expected birth, death, disabilities) the SSDA903 header cannot hold; those items not written", c.Id);
        }
    }

    private static void Row(SepWriter writer, params string?[] values)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < values.Length; i++)
        {
            row[i].Set(values[i] ?? "");
        }
    }

    private static string? D(DateOnly? date) => date is { } d ? DateText.ToDmy(d) : null;

    private static string? B(bool? flag) => flag switch { true => "1", false => "0", null => null };

    private static string? I(int? number) => number?.ToString(CultureInfo.InvariantCulture);
}
