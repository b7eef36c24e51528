using System.Globalization;
using ChildrensSocialCare.Indicators.Records;
using DuckDB.NET.Data;

namespace ChildrensSocialCare.Indicators.Benchmarks.Peer;

/// <summary>
/// The peer engine: an in-memory DuckDB database holding the same records, with every indicator as a SQL query
/// (<see cref="PeerQueries"/>). <see cref="Load"/> appends the records with the Appender API and derives the
/// period-independent structures (<see cref="PeerSchema.Derived"/>) both as tables and as views;
/// <see cref="Evaluate(string, ReportingPeriod, long, bool)"/> runs one query against either.
/// </summary>
public sealed class DuckDbPeer : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly DuckDBConnection _inline;

    private DuckDbPeer(DuckDBConnection connection)
    {
        _connection = connection;
        _inline = connection.Duplicate();
        _inline.Open();
        Execute(_connection, $"SET search_path = '{PeerSchema.Materialised},main'");
        Execute(_inline, $"SET search_path = '{PeerSchema.Inline},main'");
    }

    /// <summary>The indicator ids the peer computes: every indicator of the catalogue.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Catalogue.All.Select(d => d.Id).Where(PeerQueries.ById.ContainsKey)];

    /// <summary>Loads <paramref name="records"/> into a new in-memory database: the base tables through the Appender
    /// API, the working-day table of <paramref name="calendar"/>, then the derived structures (materialised and as
    /// views).</summary>
    public static DuckDbPeer Load(RecordSet records, WorkingDayCalendar calendar)
    {
        var peer = Append(records, calendar);
        peer.Derive();
        return peer;
    }

    /// <summary>Creates the database and appends the records, without deriving anything (the load step alone).</summary>
    public static DuckDbPeer Append(RecordSet records, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(calendar);
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, PeerSchema.BaseTables);
        Execute(connection, PeerSchema.Macros);
        Execute(connection, $"CREATE SCHEMA {PeerSchema.Materialised}; CREATE SCHEMA {PeerSchema.Inline};");
        Appending.Append(connection, records, calendar);
        return new DuckDbPeer(connection);
    }

    /// <summary>Creates the derived structures: tables in the materialised schema, views in the inline one.</summary>
    public void Derive()
    {
        Execute(_connection, PeerSchema.Derived.Replace("{kind}", "TABLE", StringComparison.Ordinal).Replace("{s}", PeerSchema.Materialised, StringComparison.Ordinal));
        Execute(_connection, PeerSchema.Derived.Replace("{kind}", "VIEW", StringComparison.Ordinal).Replace("{s}", PeerSchema.Inline, StringComparison.Ordinal));
    }

    /// <summary>Evaluates one indicator for <paramref name="period"/>, against the materialised tables or, with
    /// <paramref name="inline"/>, against views that derive everything inside the query.</summary>
    public PeerResult Evaluate(string id, ReportingPeriod period, long population, bool inline = false)
    {
        var sql = PeerQueries.ById[id]
            .Replace("{ps}", Date(period.Start), StringComparison.Ordinal)
            .Replace("{pe}", Date(period.End), StringComparison.Ordinal)
            .Replace("{population}", population.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var command = (inline ? _inline : _connection).CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"The query of {id} returned no row.");
        }

        var details = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        for (var i = 3; i < reader.FieldCount; i++)
        {
            details[reader.GetName(i)] = Number(reader, i);
        }

        return new PeerResult(id, Number(reader, 0) ?? 0, Number(reader, 1) ?? 0, Number(reader, 2), details);
    }

    /// <summary>Evaluates the given indicators (by default all) in order.</summary>
    public IReadOnlyList<PeerResult> Scorecard(ReportingPeriod period, long population, bool inline = false, IEnumerable<string>? ids = null) =>
        [.. (ids ?? Ids).Select(id => Evaluate(id, period, population, inline))];

    /// <summary>The number of rows of a table or view.</summary>
    public long Count(string relation)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {relation}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inline.Dispose();
        _connection.Dispose();
    }

    private static string Date(DateOnly date) => "DATE '" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

    private static decimal? Number(DuckDBDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : reader.GetValue(i) switch
        {
            double d => (decimal)d,
            float f => (decimal)f,
            System.Numerics.BigInteger b => (decimal)b,
            var v => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
        };

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>One indicator as the peer computed it: the numerator, the denominator, the value (<c>null</c> when not
/// applicable) and details by key (per-outcome counts, the median).</summary>
public sealed record PeerResult(string Id, decimal Numerator, decimal Denominator, decimal? Value, IReadOnlyDictionary<string, decimal?> Details);
