using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// Every XML document is read through these settings: no DTD (so no entity payloads: external entities, "billion
// laughs"), no resolver (nothing is fetched), and a cap on the characters read.
internal static class XmlSafety
{
    public static XmlReaderSettings Settings(ReadOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxXmlCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    // The diagnostic for a document that could not be read to its end.
    public static Diagnostic Fault(XmlException e, string source, XmlTreeNode? at, string consequence)
    {
        // The framework's messages are the only way to tell these apart; DtdProcessing.Prohibit and the character cap
        // raise plain XmlExceptions.
        var (code, message) = e.Message.Contains("DTD", StringComparison.Ordinal)
            ? (DiagnosticCodes.XmlDtdProhibited, "The document has a document type declaration (DTD), which is refused: DTDs carry entity payloads (external entities, entity expansion). ")
            : e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
                ? (DiagnosticCodes.XmlTooLarge, "The document is larger than the reader's limit (ReadOptions.MaxXmlCharacters). ")
                : (DiagnosticCodes.XmlMalformed, $"The XML is not well formed: {e.Message} ");
        return new Diagnostic(DiagnosticSeverity.Error, code, message + consequence)
        {
            Source = source,
            Line = e.LineNumber > 0 ? e.LineNumber : null,
            Element = at?.Path,
        };
    }
}
