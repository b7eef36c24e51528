using ChildrensSocialCare.Indicators.ScorecardCommand;

return ScorecardApp.Run(args, Console.Out, Console.Error);
