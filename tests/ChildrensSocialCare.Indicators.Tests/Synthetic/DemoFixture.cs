using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Tests.Synthetic;

// The demonstration authority (20,000 children, 2012 to 2015), generated once for the tests that read it.
public sealed class DemoFixture
{
    public DemoFixture()
    {
        Authority = DemoAuthority.Generate();
        Data = Authority.ToDataSet();
    }

    public SyntheticAuthority Authority { get; }

    public DataSet Data { get; }
}
