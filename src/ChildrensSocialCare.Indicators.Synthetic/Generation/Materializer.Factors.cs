namespace ChildrensSocialCare.Indicators.Synthetic;

// The factors identified at the end of an assessment (CIN census AssessmentFactors, DfE table C3): one to four of the
// commonest codes, or 21 (no factors identified), drawn from a stream of the child's own after the simulation, so that
// the simulated records stay as they were. Only codes valid in every collection year are used.
internal sealed partial class Materializer
{
    private const ulong FactorsStream = 0xFAC7_0125;

    // Mental health of the parent, domestic abuse of the child and of the parent, emotional abuse, neglect, drug and
    // alcohol misuse of the parent, physical abuse, learning disability, self-harm, going missing, sexual abuse...
    private static readonly string[] s_factorCodes = ["4A", "3A", "3B", "22A", "6A", "2B", "1B", "5A", "6B", "4B", "8B", "14A", "9A", "16A", "10A"];

    private static readonly Odds s_noFactors = Odds.Of(0.08);

    private static string[] Factors(ref Prng rng)
    {
        if (rng.Chance(s_noFactors))
        {
            return ["21"];
        }

        var factors = new string[rng.Between(1, 4)];
        for (var k = 0; k < factors.Length; k++)
        {
            // The commoner codes first: the minimum of two draws favours the start of the list.
            factors[k] = s_factorCodes[Math.Min(rng.Below(s_factorCodes.Length), rng.Below(s_factorCodes.Length))];
        }

        return factors;
    }
}
