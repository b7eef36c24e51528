using System.Collections.ObjectModel;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>What a writer produced: the files written (none when writing to a stream) and what it could not write.</summary>
public sealed class WriteResult
{
    internal WriteResult(IEnumerable<string> files, IEnumerable<Diagnostic> diagnostics)
    {
        Files = new ReadOnlyCollection<string>([.. files]);
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. diagnostics]);
    }

    /// <summary>The paths of the files written.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Records or values the format cannot hold, which were not written
    /// (<see cref="DiagnosticCodes.WriteNotRepresentable"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
