using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>
/// Runs a class's benchmarks with the server garbage collector, set through the environment (<c>DOTNET_gcServer=1</c>)
/// rather than BenchmarkDotNet's <c>[GcServer]</c>, which builds a second copy of the benchmark project for the other
/// runtime configuration (that doubles the build time of a dry run).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ServerGcAttribute : JobMutatorConfigBaseAttribute
{
    /// <summary>Sets <c>DOTNET_gcServer=1</c> on every job of the class.</summary>
    public ServerGcAttribute()
        : base(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_gcServer", "1")))
    {
    }
}
