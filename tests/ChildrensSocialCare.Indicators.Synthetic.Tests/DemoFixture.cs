namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// The demonstration authority (20,000 children, 2012 to 2015), generated once for all the tests that read it.
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoFixture>
{
    public const string Name = "demo authority";
}

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
