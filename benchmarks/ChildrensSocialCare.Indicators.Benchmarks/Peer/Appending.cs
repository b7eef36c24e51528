using ChildrensSocialCare.Indicators.Records;
using DuckDB.NET.Data;

namespace ChildrensSocialCare.Indicators.Benchmarks.Peer;

// Loads a record set into the peer's base tables with DuckDB's Appender API: one row per record, child ids trimmed
// (specification 1.5) and codes as the record types hold them (trimmed, upper-cased). Records within one record set
// are never merged, exactly as DataSet.Create treats a single return.
internal static class Appending
{
    public static void Append(DuckDBConnection connection, RecordSet r, WorkingDayCalendar calendar)
    {
        using (var a = connection.CreateAppender("children"))
        {
            foreach (var x in r.Children)
            {
                a.CreateRow().AppendValue(x.Id.Trim()).AppendValue(x.DateOfBirth).EndRow();
            }
        }

        using (var a = connection.CreateAppender("referrals"))
        {
            foreach (var x in r.CinEpisodes)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.ReferralDate).AppendValue(x.ClosureDate)
                    .AppendValue(x.ReferralNfa == true).EndRow();
            }
        }

        using (var a = connection.CreateAppender("assessments"))
        {
            foreach (var x in r.Assessments)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.StartDate).AppendValue(x.AuthorisationDate)
                    .AppendValue(x.ReferralDate).EndRow();
            }
        }

        using (var a = connection.CreateAppender("legacy_assessments"))
        {
            foreach (var x in r.LegacyAssessments)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.Kind == AssessmentKind.Initial ? "I" : "C")
                    .AppendValue(x.StartDate).AppendValue(x.CompletionDate).AppendValue(x.ChildSeen).AppendValue(x.ChildSeenAlone).EndRow();
            }
        }

        using (var a = connection.CreateAppender("s47"))
        {
            foreach (var x in r.Section47Enquiries)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.StartDate).AppendValue(x.InitialConferenceDate).EndRow();
            }
        }

        using (var a = connection.CreateAppender("plans"))
        {
            foreach (var x in r.ChildProtectionPlans)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.StartDate).AppendValue(x.EndDate)
                    .AppendValue(x.NumberOfPreviousPlans).EndRow();
            }
        }

        using (var a = connection.CreateAppender("contacts"))
        {
            foreach (var x in r.Contacts)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.Date).AppendValue(Outcome(x.Outcome)).EndRow();
            }
        }

        using (var a = connection.CreateAppender("episodes"))
        {
            foreach (var x in r.Episodes)
            {
                a.CreateRow().AppendValue(x.ChildId.Trim()).AppendValue(x.Start).AppendValue(x.End)
                    .AppendValue(x.ReasonForNewEpisode.Code).AppendValue(x.LegalStatus.Code).AppendValue(x.Placement.Code)
                    .AppendValue(x.ReasonEnded.Code).AppendValue(x.Urn).AppendValue(x.PlacementPostcode).EndRow();
            }
        }

        using (var a = connection.CreateAppender("care_leavers"))
        {
            var id = 0;
            foreach (var x in r.CareLeaverOutcomes)
            {
                // As DataSet.Create: a row without its own collection year belongs to its return's; 0 is unknown.
                var year = x.CollectionYear ?? r.CollectionYear;
                a.CreateRow().AppendValue(id++).AppendValue(x.ChildId.Trim()).AppendValue(x.DateOfBirth)
                    .AppendValue(year is > 0 ? year : null).AppendValue(x.InTouch.Code).AppendValue(x.Activity.Code)
                    .AppendValue(x.Accommodation.Code).EndRow();
            }
        }

        using (var a = connection.CreateAppender("workforce"))
        {
            foreach (var x in r.WorkforceSnapshots)
            {
                a.CreateRow().AppendValue(x.Date).AppendValue((double)x.FilledPosts).AppendValue((double)x.AgencyPosts).EndRow();
            }
        }

        using (var a = connection.CreateAppender("sickness"))
        {
            foreach (var x in r.SicknessAbsences)
            {
                a.CreateRow().AppendValue(x.Start).AppendValue(x.End).AppendValue((double)x.FullTimeEquivalents)
                    .AppendValue((double)x.SicknessDays).EndRow();
            }
        }

        using (var a = connection.CreateAppender("working_days"))
        {
            var n = 0;
            for (var day = calendar.CoverageStart; day <= calendar.CoverageEnd; day = day.AddDays(1))
            {
                if (day > calendar.CoverageStart && calendar.IsWorkingDay(day))
                {
                    n++;
                }

                a.CreateRow().AppendValue(day).AppendValue(n).EndRow();
            }
        }
    }

    private static string Outcome(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.Referral => "referral",
        ContactOutcome.EarlyHelp => "early-help",
        ContactOutcome.OnwardSingleAgency => "onward-single-agency",
        ContactOutcome.AdviceInformation => "advice-information",
        _ => "other",
    };
}
