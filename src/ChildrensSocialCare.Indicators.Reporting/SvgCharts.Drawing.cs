using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

// The drawing machinery behind SvgCharts' public charts: the legend, round-number axis scales and the chart canvas
// that plots series, bars and axes as SVG markup.
public static partial class SvgCharts
{
    private readonly record struct LegendItem(string Name, string Colour, bool IsBar);

    // Round-number bounds and ticks for a value axis: steps of 1, 2 or 5 times a power of ten.
    private readonly record struct AxisScale(double Min, double Max, double Step, int Decimals)
    {
        private const int TargetTicks = 6;

        // Counts (wholeNumbers) get ticks at whole numbers only.
        public static AxisScale For(IEnumerable<double?> values, bool includeZero, bool wholeNumbers = false)
        {
            var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
            double lo, hi;
            if (present.Count == 0)
            {
                lo = 0;
                hi = 1;
            }
            else
            {
                lo = present.Min();
                hi = present.Max();
            }

            if (includeZero)
            {
                lo = Math.Min(lo, 0);
                hi = Math.Max(hi, 0);
            }

            if (hi <= lo)
            {
                // One distinct value (only possible at zero when zero is included): give it room.
                var pad = lo == 0 ? 1 : Math.Abs(lo) * 0.1;
                lo = lo == 0 ? 0 : lo - pad;
                hi += pad;
            }

            var step = Nice((hi - lo) / (TargetTicks - 1), round: true);
            if (!double.IsFinite(step) || step <= 0 || (wholeNumbers && step < 1))
            {
                step = 1;
            }

            var min = Math.Floor(lo / step) * step;
            var max = Math.Ceiling(hi / step) * step;
            if (max <= min)
            {
                max = min + step;
            }

            var decimals = step >= 1 ? 0 : Math.Min(15, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));
            return new AxisScale(min, max, step, decimals);
        }

        public IEnumerable<double> Ticks()
        {
            var count = Math.Min(100, (int)Math.Round((Max - Min) / Step));
            for (var k = 0; k <= count; k++)
            {
                yield return Math.Round(Min + (k * Step), Decimals);
            }
        }

        public string Format(double value) => value.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        private static double Nice(double x, bool round)
        {
            var exponent = Math.Floor(Math.Log10(x));
            var fraction = x / Math.Pow(10, exponent);
            var nice = round
                ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
                : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
            return nice * Math.Pow(10, exponent);
        }
    }

    // The drawing of one chart: layout, axes, legend, and the marks of each series.
    private sealed class Chart
    {
        private const double Limit = 1e15;
        private const double CharWidth = 6.6;

        private readonly ChartOptions _o;
        private readonly List<string> _categories;
        private readonly string _kind;
        private readonly Markup _m = new();
        private double _left;
        private double _right;
        private double _top;
        private double _bottom;

        public Chart(ChartOptions options, List<string> categories, string kind)
        {
            _o = options;
            _categories = categories;
            _kind = kind;
        }

        private double PlotWidth => _right - _left;

        private double Band => PlotWidth / Math.Max(1, _categories.Count);

        // The series' values in category order; a gap where it has no point, no finite value, or one too large.
        public List<double?> Values(ChartSeries s)
        {
            var byLabel = new Dictionary<string, double?>(StringComparer.Ordinal);
            foreach (var p in s.Points)
            {
                // Values within 1e-100 of zero are drawn at zero, so that axis arithmetic stays within normal doubles.
                byLabel.TryAdd(p.Label ?? "", p.Value is { } v && double.IsFinite(v) && Math.Abs(v) <= Limit ? (Math.Abs(v) < 1e-100 ? 0 : v) : null);
            }

            return _categories.Select(c => byLabel.TryGetValue(c, out var v) ? v : null).ToList();
        }

        public void Begin(AxisScale left, string leftLabel, AxisScale? right, string? rightLabel, IReadOnlyList<LegendItem> legend)
        {
            double width = _o.Width, height = _o.Height;
            var title = _o.Title ?? "";
            _m.Open("svg", null, "csc-chart " + _kind,
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("width", Markup.Number(width)), ("height", Markup.Number(height)),
                ("viewBox", "0 0 " + Markup.Number(width) + " " + Markup.Number(height)),
                ("role", "img"), ("aria-label", title.Length > 0 ? title : string.Join(", ", legend.Select(l => l.Name))),
                ("font-family", "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"), ("font-size", "12"));
            _m.Line().Element("title", title.Length > 0 ? title : string.Join(", ", legend.Select(l => l.Name))).Line();
            _m.Empty("rect", ("width", Markup.Number(width)), ("height", Markup.Number(height)), ("fill", "#ffffff")).Line();

            var y = 8.0;
            if (title.Length > 0)
            {
                y += 16;
                _m.Element("text", title, null, "csc-title", ("x", "12"), ("y", Markup.Number(y)), ("font-size", "15"), ("font-weight", "700"), ("fill", "#0b0c0c")).Line();
                y += 8;
            }

            y = Legend(legend, y + 4, width);

            var leftTicks = left.Ticks().Select(left.Format).Max(t => t.Length);
            _left = 12 + 16 + 8 + (leftTicks * CharWidth) + 6;
            var rightTicks = right is { } r ? r.Ticks().Select(r.Format).Max(t => t.Length) : 0;
            _right = width - (right is null ? 16 : 12 + 16 + 8 + (rightTicks * CharWidth) + 6);
            _top = y + 10;
            _bottom = height - (string.IsNullOrEmpty(_o.XAxisLabel) ? 30 : 48);
            if (_bottom - _top < 40 || _right - _left < 40)
            {
                // A very small chart with a long legend: keep a plot area rather than a negative one.
                _top = Math.Min(_top, height - 88);
                _left = Math.Min(_left, (width / 2) - 20);
                _right = Math.Max(_right, (width / 2) + 20);
            }

            Grid(left);
            Axis(left, leftLabel, _left, isRight: false);
            if (right is { } secondary)
            {
                Axis(secondary, rightLabel ?? "", _right, isRight: true);
            }

            Categories();
        }

        public void DrawLine(string name, List<double?> values, AxisScale axis, string colour)
        {
            var path = new System.Text.StringBuilder();
            var pen = false;
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } v)
                {
                    path.Append(pen ? " L" : (path.Length > 0 ? " M" : "M")).Append(Markup.Number(X(i))).Append(' ').Append(Markup.Number(Y(axis, v)));
                    pen = true;
                }
                else
                {
                    pen = false;
                }
            }

            _m.Open("g", null, "csc-series", ("data-series", name));
            if (path.Length > 0)
            {
                _m.Empty("path", ("d", path.ToString()), ("fill", "none"), ("stroke", colour), ("stroke-width", "2.5"), ("stroke-linejoin", "round"));
            }

            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } v)
                {
                    _m.Open("circle", null, null, ("cx", Markup.Number(X(i))), ("cy", Markup.Number(Y(axis, v))), ("r", "3.5"), ("fill", colour))
                        .Element("title", name + ", " + _categories[i] + ": " + Value(v)).Close("circle");
                }
            }

            _m.Close("g").Line();
        }

        public void DrawBars(string name, List<double?> values, AxisScale axis, string colour, int index, int count)
        {
            var group = Band * 0.8;
            var width = group / count;
            var zero = Y(axis, Math.Clamp(0, axis.Min, axis.Max));
            _m.Open("g", null, "csc-series", ("data-series", name));
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v)
                {
                    continue;
                }

                var x = _left + (i * Band) + (Band * 0.1) + (index * width);
                var y = Y(axis, v);
                _m.Open("rect", null, null, ("x", Markup.Number(x)), ("y", Markup.Number(Math.Min(y, zero))),
                        ("width", Markup.Number(Math.Max(0.5, width - 1))), ("height", Markup.Number(Math.Abs(zero - y))), ("fill", colour))
                    .Element("title", name + ", " + _categories[i] + ": " + Value(v)).Close("rect");
            }

            _m.Close("g").Line();
        }

        public string End(bool hasData)
        {
            if (!hasData)
            {
                _m.Element("text", "No data", null, "csc-no-data", ("x", Markup.Number((_left + _right) / 2)), ("y", Markup.Number((_top + _bottom) / 2)),
                    ("text-anchor", "middle"), ("fill", "#505a5f"), ("font-size", "14")).Line();
            }

            return _m.Close("svg").ToString();
        }

        private static string Value(double v) => v.ToString("#,0.###", s_invariant);

        private double X(int i) => _left + ((i + 0.5) * Band);

        private double Y(AxisScale axis, double v) => _bottom - ((v - axis.Min) / (axis.Max - axis.Min) * (_bottom - _top));

        private double Legend(IReadOnlyList<LegendItem> items, double y, double width)
        {
            var x = 12.0;
            y += 12;
            _m.Open("g", null, "csc-legend");
            foreach (var item in items)
            {
                var itemWidth = 18 + 6 + (item.Name.Length * CharWidth) + 18;
                if (x > 12 && x + itemWidth > width - 12)
                {
                    x = 12;
                    y += 18;
                }

                if (item.IsBar)
                {
                    _m.Empty("rect", ("x", Markup.Number(x)), ("y", Markup.Number(y - 10)), ("width", "14"), ("height", "12"), ("fill", item.Colour));
                }
                else
                {
                    _m.Empty("line", ("x1", Markup.Number(x)), ("y1", Markup.Number(y - 4)), ("x2", Markup.Number(x + 18)), ("y2", Markup.Number(y - 4)), ("stroke", item.Colour), ("stroke-width", "2.5"));
                    _m.Empty("circle", ("cx", Markup.Number(x + 9)), ("cy", Markup.Number(y - 4)), ("r", "3.5"), ("fill", item.Colour));
                }

                _m.Element("text", item.Name, null, null, ("x", Markup.Number(x + 24)), ("y", Markup.Number(y)), ("fill", "#0b0c0c"));
                x += itemWidth;
            }

            _m.Close("g").Line();
            return y;
        }

        private void Grid(AxisScale axis)
        {
            _m.Open("g", null, "csc-grid");
            foreach (var tick in axis.Ticks())
            {
                var y = Markup.Number(Y(axis, tick));
                var zero = tick == 0 && axis.Min < 0;
                _m.Empty("line", ("x1", Markup.Number(_left)), ("y1", y), ("x2", Markup.Number(_right)), ("y2", y),
                    ("stroke", zero ? "#505a5f" : "#dddddd"), ("stroke-width", "1"));
            }

            _m.Close("g").Line();
            _m.Empty("line", ("x1", Markup.Number(_left)), ("y1", Markup.Number(_bottom)), ("x2", Markup.Number(_right)), ("y2", Markup.Number(_bottom)), ("stroke", "#505a5f")).Line();
        }

        private void Axis(AxisScale axis, string label, double x, bool isRight)
        {
            _m.Open("g", null, isRight ? "csc-axis csc-axis-right" : "csc-axis csc-axis-left");
            _m.Empty("line", ("x1", Markup.Number(x)), ("y1", Markup.Number(_top)), ("x2", Markup.Number(x)), ("y2", Markup.Number(_bottom)), ("stroke", "#505a5f"));
            foreach (var tick in axis.Ticks())
            {
                var y = Y(axis, tick);
                var outward = isRight ? 5 : -5;
                _m.Empty("line", ("x1", Markup.Number(x)), ("y1", Markup.Number(y)), ("x2", Markup.Number(x + outward)), ("y2", Markup.Number(y)), ("stroke", "#505a5f"));
                _m.Element("text", axis.Format(tick), null, "csc-tick", ("x", Markup.Number(x + (isRight ? 8 : -8))), ("y", Markup.Number(y + 4)),
                    ("text-anchor", isRight ? "start" : "end"), ("fill", "#0b0c0c"), ("font-size", "11"));
            }

            if (label.Length > 0)
            {
                var lx = isRight ? _o.Width - 14.0 : 14.0;
                var ly = (_top + _bottom) / 2;
                _m.Element("text", label, null, "csc-axis-label", ("x", Markup.Number(lx)), ("y", Markup.Number(ly)), ("text-anchor", "middle"),
                    ("transform", "rotate(" + (isRight ? "90 " : "-90 ") + Markup.Number(lx) + " " + Markup.Number(ly) + ")"), ("fill", "#0b0c0c"));
            }

            _m.Close("g").Line();
        }

        private void Categories()
        {
            _m.Open("g", null, "csc-categories");
            var n = _categories.Count;
            if (n > 0)
            {
                var longest = Math.Max(1, _categories.Max(c => c.Length));
                var fit = Math.Max(1, (int)Math.Floor(PlotWidth / ((longest * CharWidth) + 10)));
                var every = (int)Math.Ceiling(n / (double)fit);
                for (var i = 0; i < n; i++)
                {
                    var x = Markup.Number(X(i));
                    _m.Empty("line", ("x1", x), ("y1", Markup.Number(_bottom)), ("x2", x), ("y2", Markup.Number(_bottom + 4)), ("stroke", "#505a5f"));
                    if (i % every == 0)
                    {
                        _m.Element("text", _categories[i], null, "csc-category", ("x", x), ("y", Markup.Number(_bottom + 17)), ("text-anchor", "middle"), ("fill", "#0b0c0c"), ("font-size", "11"));
                    }
                }
            }

            if (!string.IsNullOrEmpty(_o.XAxisLabel))
            {
                _m.Element("text", _o.XAxisLabel, null, "csc-axis-label", ("x", Markup.Number((_left + _right) / 2)), ("y", Markup.Number(_o.Height - 10.0)),
                    ("text-anchor", "middle"), ("fill", "#0b0c0c"));
            }

            _m.Close("g").Line();
        }
    }
}
