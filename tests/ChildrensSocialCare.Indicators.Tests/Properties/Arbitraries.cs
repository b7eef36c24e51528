using FsCheck;
using FsCheck.Fluent;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>The arbitraries the properties use: generated cases that shrink by dropping periods, options, children
/// and records.</summary>
public static class Arbitraries
{
    public static Arbitrary<Case> Case() => Arb.From(Generators.Case(), c => c.Shrink());

    public static Arbitrary<Seeded> Seeded() => Arb.From(
        from c in Generators.Case()
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new Seeded(c, seed),
        s => s.Case.Shrink().Select(c => new Seeded(c, s.Seed)));
}

/// <summary>A case and a seed for a random but reproducible change to it (an order, a split, a renaming).</summary>
public sealed record Seeded(Case Case, int Seed)
{
    public override string ToString() => $"// seed {Seed}\n{Case}";
}
