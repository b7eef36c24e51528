namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// A self-contained HTML page built from headings, paragraphs, lists and the tables and charts of
/// <see cref="HtmlTables"/> and <see cref="SvgCharts"/>: one file with inline CSS and no script, font or image to
/// fetch, readable on screen and in print.
/// </summary>
/// <remarks>
/// <para>Text given to <see cref="Heading"/>, <see cref="Paragraph"/> and <see cref="List"/> is escaped.
/// <see cref="Markup"/> adds markup as it is: give it only what this library produced.</para>
/// <para>The page carries a content security policy that forbids scripts and every external resource, so it stays
/// self-contained and inert wherever it is opened. The output is well-formed XML after its doctype.</para>
/// </remarks>
public sealed class HtmlDocument
{
    private readonly List<string> _body = [];

    /// <summary>Creates an empty page called <paramref name="title"/> (its <c>&lt;title&gt;</c> and first heading).</summary>
    public HtmlDocument(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    /// <summary>The page's title.</summary>
    public string Title { get; }

    /// <summary>Adds a heading; <paramref name="level"/> 2 (a section, the default) to 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 2 to 4.</exception>
    public HtmlDocument Heading(string text, int level = 2)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (level is < 2 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A heading's level must be 2 to 4 (level 1 is the title).");
        }

        var tag = "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _body.Add(new Markup().Element(tag, text).ToString());
        return this;
    }

    /// <summary>Adds a paragraph of text.</summary>
    public HtmlDocument Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Add(new Markup().Element("p", text).ToString());
        return this;
    }

    /// <summary>Adds a bulleted list; nothing when <paramref name="items"/> is empty.</summary>
    public HtmlDocument List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new Markup().List(items).ToString();
        if (list.Length > 0)
        {
            _body.Add(list);
        }

        return this;
    }

    /// <summary>Adds markup as it is: a table from <see cref="HtmlTables"/> or a chart from <see cref="SvgCharts"/>.
    /// Never pass text from data here; use <see cref="Paragraph"/>.</summary>
    public HtmlDocument Markup(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _body.Add("<div class=\"csc-block\">" + html + "</div>");
        return this;
    }

    /// <summary>The complete page: doctype, head with inline CSS, and the body in the order added.</summary>
    public string Render()
    {
        var m = new Markup();
        m.Raw("<!DOCTYPE html>").Line();
        m.Open("html", null, null, ("lang", "en")).Line().Open("head").Line();
        m.Empty("meta", ("charset", "utf-8")).Line();
        m.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        m.Empty("meta", ("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")).Line();
        m.Empty("meta", ("name", "generator"), ("content", "ChildrensSocialCare.Indicators")).Line();
        m.Element("title", Title).Line();
        m.Open("style").Raw(Css).Close("style").Line();
        m.Close("head").Line().Open("body").Line().Open("main").Line();
        m.Element("h1", Title).Line();
        foreach (var block in _body)
        {
            m.Raw(block).Line();
        }

        m.Close("main").Line().Close("body").Line().Close("html").Line();
        return m.ToString();
    }

    /// <inheritdoc cref="Render"/>
    public override string ToString() => Render();

    private const string Css =
        "body{margin:0;background:#ffffff;color:#0b0c0c;" + Styles.Font + ";font-size:16px;line-height:1.45}" +
        "main{max-width:1200px;margin:0 auto;padding:24px}" +
        "h1{font-size:28px;margin:0 0 12px 0}h2{font-size:22px;margin:32px 0 8px 0;border-bottom:1px solid #b1b4b6}" +
        "h3{font-size:18px;margin:24px 0 8px 0}h4{font-size:16px;margin:16px 0 4px 0}" +
        "p,li{max-width:60em}.csc-block{overflow-x:auto;margin:8px 0 16px 0}svg{max-width:100%;height:auto}" +
        "details summary{cursor:pointer;color:#1d70b8}" +
        "@media print{main{max-width:none;padding:0}.csc-block{overflow:visible}tr,svg{break-inside:avoid}h2,h3{break-after:avoid}}";
}
