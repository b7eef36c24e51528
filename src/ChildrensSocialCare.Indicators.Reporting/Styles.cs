namespace ChildrensSocialCare.Indicators.Reporting;

// Inline styles, so that a table renders the same in a notebook, an e-mail, a saved HTML file or a page that strips
// <style> blocks. The table sets its own text and background colours so it stays readable under a dark theme.
// Colours come from the GOV.UK palette; better and worse are also written as words, never shown by colour alone.
internal static class Styles
{
    public const string Font = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

    public const string Table = "border-collapse:collapse;margin:0.5em 0;" + Font + ";font-size:14px;line-height:1.35;color:#0b0c0c;background:#ffffff";

    public const string Caption = "caption-side:top;text-align:left;font-weight:700;font-size:15px;padding:4px 0 6px 0";

    public const string Head = "border-bottom:2px solid #505a5f;padding:4px 8px;text-align:left;vertical-align:bottom;background:#f3f2f1;font-weight:700";

    public const string HeadNumber = Head + ";text-align:right";

    public const string RowHead = "border-bottom:1px solid #b1b4b6;padding:4px 8px;text-align:left;vertical-align:top;font-weight:400";

    public const string Cell = "border-bottom:1px solid #b1b4b6;padding:4px 8px;vertical-align:top";

    public const string Number = Cell + ";text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums";

    public const string Value = Number + ";font-weight:700";

    public const string Family = "border-bottom:1px solid #b1b4b6;padding:6px 8px 4px 8px;text-align:left;background:#e8f1f8;font-weight:700";

    public const string Code = "font-family:ui-monospace,SFMono-Regular,Consolas,'Liberation Mono',monospace;font-size:12px;color:#505a5f";

    public const string Note = "color:#505a5f;font-size:12px";

    public const string List = "margin:0;padding-left:1.1em";

    public const string Excluded = Cell + ";color:#505a5f";

    public const string Better = "display:inline-block;padding:0 6px;border-radius:3px;background:#cce2d8;color:#005a30;font-weight:700";

    public const string Worse = "display:inline-block;padding:0 6px;border-radius:3px;background:#f6d7d2;color:#942514;font-weight:700";

    public const string Same = "display:inline-block;padding:0 6px;border-radius:3px;background:#e5e5e5;color:#383f43;font-weight:700";

    public static string? Judgement(Judgement judgement) => judgement switch
    {
        Indicators.Judgement.Better => Better,
        Indicators.Judgement.Worse => Worse,
        // Coloured only when significant: similar, and a context indicator's higher or lower, are neutral.
        Indicators.Judgement.Same or Indicators.Judgement.Similar or Indicators.Judgement.Higher or Indicators.Judgement.Lower => Same,
        _ => null,
    };
}
