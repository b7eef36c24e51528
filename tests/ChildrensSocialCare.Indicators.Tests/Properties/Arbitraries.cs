using FsCheck;
using FsCheck.Fluent;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>The arbitraries the properties use: generated cases that shrink by dropping periods, options, children
/// and records.</summary>
public static class Arbitraries
{
    public static Arbitrary<Case> Case() => Arb.From(Generators.Case(), c => c.Shrink());

    public static Arbitrary<Scenario> Scenario() => Arb.From(Generators.Scenario(), s => s.Shrink());
}
