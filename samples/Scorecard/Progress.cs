using System.Diagnostics;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// Progress of the long steps (reading, generating, writing), shown on a terminal's standard error only.
internal static class Progress
{
    // Runs a step, and if it takes more than a second, says on the progress writer (a terminal's standard error, or
    // nothing when standard error is redirected) what it is doing, then every five seconds how long it has taken, and
    // finally how long it took.
    public static T Step<T>(TextWriter? progress, string what, Func<T> step)
    {
        if (progress is null)
        {
            return step();
        }

        var clock = Stopwatch.StartNew();
        var ticks = 0;
        var done = false;
        using var timer = new Timer(_ =>
        {
            lock (progress)
            {
                if (!done)
                {
                    ticks++;
                    if (ticks == 1)
                    {
                        progress.WriteLine($"{what}...");
                    }
                    else if (ticks % 5 == 0)
                    {
                        progress.WriteLine($"  still {what} ({clock.Elapsed.TotalSeconds:0}s)");
                    }
                }
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        try
        {
            return step();
        }
        finally
        {
            lock (progress)
            {
                done = true;
                if (ticks > 0)
                {
                    progress.WriteLine($"  done in {clock.Elapsed.TotalSeconds:0.0}s");
                }
            }
        }
    }
}
