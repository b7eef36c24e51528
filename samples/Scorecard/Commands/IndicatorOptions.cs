using System.CommandLine;
using System.Globalization;
using System.Reflection;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// The options that change how indicators are computed, built from the catalogue: one option for each EvaluationOptions
// property that an indicator's definition names (IndicatorDefinition.Options), in catalogue order, its kind of value
// read from the property's type:
//   bool                         a flag                                   --annualise
//   long, long? or int           a positive whole number                  --population 63,597
//   an enum                      one of its members, in kebab case        --placement-change any-placement-change
//   IReadOnlyList<int>           whole numbers separated by commas        --care-leaver-ages 19,20,21
//   a class with static instances of itself, one of them by name          --calendar england-and-wales
// The command's own words for a property (its option's name and aliases, its help, short words for enum members) are
// in s_words; a property without them is --its-name-in-kebab-case. The help of each option says its default (from
// EvaluationOptions.Default) and the indicators it changes; enum members and instances are its completions.
internal sealed class IndicatorOptions
{
    private static readonly Dictionary<string, Words> s_words = new(StringComparer.Ordinal)
    {
        [nameof(EvaluationOptions.Population)] = new("--population", "children aged 0-17 (ONS mid-year estimate): needed for rates per 10,000",
            Hint: "the population aged 0-17"),
        [nameof(EvaluationOptions.Annualise)] = new("--annualise", "annualise rates of flows over a part-year period of whole months",
            Aliases: ["--annualize"]),
        [nameof(EvaluationOptions.Calendar)] = new("--calendar", "working-day calendar of the timeliness indicators"),
        [nameof(EvaluationOptions.AssessmentsMeasureFrom)] = new("--measure-from", "assessment timeliness measured from",
            Synonyms: new Dictionary<string, object> { ["start"] = MeasureFrom.AssessmentStart, ["referral"] = MeasureFrom.Referral }),
        [nameof(EvaluationOptions.PlacementChange)] = new("--placement-change", "what counts as a new placement",
            Synonyms: new Dictionary<string, object> { ["carer"] = PlacementChange.CarerChange, ["any"] = PlacementChange.AnyPlacementChange }),
        [nameof(EvaluationOptions.RepeatPlanLookBackMonths)] = new("--look-back-months", "look-back of cpp-repeat-within-2y, in months"),
        [nameof(EvaluationOptions.CareLeaverAges)] = new("--care-leaver-ages", "care-leaver cohort ages", HelpName: "LIST",
            Problem: "is not a list of ages such as 19,20,21", Maximum: 30),
    };

    private readonly List<Declared> _declared;

    public IndicatorOptions()
    {
        var named = Catalogue.All.SelectMany(d => d.Options).Distinct(StringComparer.Ordinal);
        _declared = named.Select(Declare).ToList();
    }

    public IReadOnlyList<Option> All => _declared.Select(d => d.Option).ToList();

    // The EvaluationOptions property behind each option (for the tests: every property the catalogue names has one).
    public IReadOnlyDictionary<string, Option> ByProperty => _declared.ToDictionary(d => d.Property.Name, d => d.Option, StringComparer.Ordinal);

    // The options given on the command line over the defaults.
    public EvaluationOptions Read(ParseResult parsed)
    {
        var options = new EvaluationOptions(); // the defaults, as EvaluationOptions.Default
        foreach (var declared in _declared.Where(d => parsed.GetResult(d.Option) is not null))
        {
            declared.Property.SetValue(options, declared.Read(parsed));
        }

        return options;
    }

    private static Declared Declare(string propertyName)
    {
        var property = typeof(EvaluationOptions).GetProperty(propertyName)
            ?? throw new InvalidOperationException($"An indicator names EvaluationOptions.{propertyName}, which does not exist.");
        var words = s_words.GetValueOrDefault(propertyName) ?? new Words("--" + OptionValues.Kebab(propertyName), propertyName);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var fallback = property.GetValue(EvaluationOptions.Default);
        var changes = Catalogue.All.Where(d => d.Options.Contains(propertyName)).Select(d => d.Id).ToList();
        var declared = type switch
        {
            _ when type == typeof(bool) => Flag(property, words),
            _ when type == typeof(long) => WholeNumber(property, words, long.MaxValue, n => n),
            _ when type == typeof(int) => WholeNumber(property, words, int.MaxValue, n => (int)n),
            _ when type.IsEnum => Choice(property, words, Members(type)),
            _ when type == typeof(IReadOnlyList<int>) => WholeNumbers(property, words),
            _ when Instances(type) is { Count: > 0 } instances => Choice(property, words, instances),
            _ => throw new InvalidOperationException(
                $"Indicators {string.Join(", ", changes)} name EvaluationOptions.{propertyName}, a {type.Name}, which the scorecard command cannot read from text yet: teach IndicatorOptions."),
        };

        var by = changes.Count <= 3 ? string.Join(", ", changes) : string.Create(CultureInfo.InvariantCulture, $"{changes.Count} indicators");
        var defaultText = fallback is null or false ? "" : $"default {declared.Text(fallback)}; ";
        declared.Option.Description = $"{words.Description} ({defaultText}changes {by})";
        return declared;
    }

    private static Declared Flag(PropertyInfo property, Words words)
    {
        var option = new Option<bool>(words.Name, words.Aliases ?? []) { Description = words.Description };
        return new Declared(property, option, parsed => parsed.GetValue(option), value => value.ToString()!.ToLowerInvariant());
    }

    private static Declared WholeNumber<T>(PropertyInfo property, Words words, long maximum, Func<long, T> convert)
    {
        var option = OptionValues.Read(words.Name, words.HelpName.Length > 0 ? words.HelpName : "N", words.Description,
            (string text, out T value) =>
            {
                var read = OptionValues.TryWholeNumber(text, out var n) && n > 0 && n <= maximum;
                value = read ? convert(n) : default!;
                return read;
            },
            words.Problem.Length > 0 ? words.Problem : "is not a positive whole number" + (words.Hint is { } hint ? $" ({hint})" : ""),
            words.Aliases ?? []);
        return new Declared(property, option, parsed => parsed.GetValue(option), value => Convert.ToString(value, CultureInfo.InvariantCulture)!);
    }

    private static Declared WholeNumbers(PropertyInfo property, Words words)
    {
        var option = OptionValues.Read<IReadOnlyList<int>>(words.Name, words.HelpName.Length > 0 ? words.HelpName : "LIST", words.Description,
            (string text, out IReadOnlyList<int> value) =>
            {
                var numbers = new List<int>();
                foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > words.Maximum)
                    {
                        value = [];
                        return false;
                    }

                    numbers.Add(n);
                }

                value = numbers;
                return true;
            },
            words.Problem.Length > 0 ? words.Problem : "is not a list of whole numbers such as 1,2,3",
            words.Aliases ?? []);
        option.Arity = ArgumentArity.ExactlyOne;
        return new Declared(property, option, parsed => parsed.GetValue(option),
            value => string.Join(",", ((IEnumerable<int>)value).Select(n => n.ToString(CultureInfo.InvariantCulture))));
    }

    // One of named values: the words are matched without regard to case; help and completions show the short words.
    private static Declared Choice(PropertyInfo property, Words words, IReadOnlyList<(string Word, object Value)> choices)
    {
        var shown = words.Synonyms?.Keys.ToList() ?? choices.Select(c => c.Word).ToList();
        var all = (words.Synonyms?.Select(s => (Word: s.Key, s.Value)) ?? []).Concat(choices).ToList();
        var option = OptionValues.Read<object>(words.Name, words.HelpName.Length > 0 ? words.HelpName : string.Join("|", shown), words.Description,
            (string text, out object value) =>
            {
                var match = all.FirstOrDefault(c => string.Equals(c.Word, text, StringComparison.OrdinalIgnoreCase));
                value = match.Value!;
                return match.Word is not null;
            },
            words.Problem.Length > 0 ? words.Problem : "is not " + Or(shown),
            words.Aliases ?? []);
        option.CompletionSources.Add(shown.ToArray());
        return new Declared(property, option, parsed => parsed.GetValue(option),
            value => all.First(c => Equals(c.Value, value)).Word);
    }

    private static List<(string Word, object Value)> Members(Type type) =>
        Enum.GetValues(type).Cast<object>().Select(v => (OptionValues.Kebab(v.ToString()!), v)).ToList();

    // The instances a class names as its own static properties (WorkingDayCalendar.EnglandAndWales).
    private static List<(string Word, object Value)> Instances(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == type)
            .Select(p => (OptionValues.Kebab(p.Name), p.GetValue(null)!))
            .ToList();

    private static string Or(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];

    private sealed record Words(string Name, string Description, string HelpName = "", string[]? Aliases = null, string Problem = "",
        string? Hint = null, IReadOnlyDictionary<string, object>? Synonyms = null, int Maximum = int.MaxValue);

    // An option, the property it sets, how to read its value and how to write a value as the option takes it.
    private sealed record Declared(PropertyInfo Property, Option Option, Func<ParseResult, object?> Read, Func<object, string> Text);
}
