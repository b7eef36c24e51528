using ChildrensSocialCare.Indicators.ScorecardCommand;

// Progress ("reading ... 3s") only on a terminal: redirected standard error (a CI log) gets the findings and errors.
return ScorecardApp.Run(args, Console.Out, Console.Error, Console.IsErrorRedirected ? null : Console.Error);
