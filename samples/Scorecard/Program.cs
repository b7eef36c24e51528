using ChildrensSocialCare.Indicators.ScorecardCommand;
using Spectre.Console;

// Progress ("reading ... 3s") only on a terminal: redirected standard error (a CI log) gets the findings and errors.
// Tables are drawn by Spectre.Console on a terminal; redirected standard output gets the plain text.
return ScorecardApp.Run(args, Console.Out, Console.Error, Console.IsErrorRedirected ? null : Console.Error,
    Console.IsOutputRedirected ? null : AnsiConsole.Console);
