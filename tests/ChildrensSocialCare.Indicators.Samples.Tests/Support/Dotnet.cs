using System.Collections;
using System.Diagnostics;
using System.Text;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

public sealed record ProcessResult(string CommandLine, int ExitCode, string Stdout, string Stderr)
{
    // What a failed assertion shows: the command, its exit code and the end of both streams.
    public override string ToString() =>
        $"`{CommandLine}` exited with {ExitCode}.\n--- stdout (last 4000 chars) ---\n{Tail(Stdout)}\n--- stderr (last 4000 chars) ---\n{Tail(Stderr)}";

    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text[^4000..];
}

// Runs the dotnet CLI as a child process, with the environment of a developer's shell: the variables that the test
// host inherited from `dotnet test` (MSBuild's paths, the test platform's) are removed, so that a child build is
// evaluated on its own.
internal static class Dotnet
{
    private static readonly string[] s_inheritedPrefixes = ["MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH"];

    public static string Executable { get; } = FindExecutable();

    public static ProcessResult Run(IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null) =>
        RunProcess(Executable, arguments, workingDirectory, timeout, environment);

    public static ProcessResult RunProcess(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (s_inheritedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var commandLine = string.Join(' ', arguments.Prepend(Path.GetFileName(fileName)).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        using var process = new Process { StartInfo = start };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(commandLine + $" (killed after {timeout.TotalSeconds:0}s)", -1, Text(stdout), Text(stderr));
        }

        process.WaitForExit(); // flushes the asynchronous readers
        return new ProcessResult(commandLine, process.ExitCode, Text(stdout), Text(stderr));
    }

    private static void Append(StringBuilder b, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (b)
        {
            b.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder b)
    {
        lock (b)
        {
            return b.ToString();
        }
    }

    // The dotnet that runs this test host, so that child builds use the same SDK installation.
    private static string FindExecutable()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }

        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is "DOTNET_HOST_PATH" && variable.Value is string path && File.Exists(path))
            {
                return path;
            }
        }

        return "dotnet";
    }
}
