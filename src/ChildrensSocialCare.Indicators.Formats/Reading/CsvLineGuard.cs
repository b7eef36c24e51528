using System.Buffers;

namespace ChildrensSocialCare.Indicators.Formats;

// Stands between the decoded text of a CSV file and Sep, so that nothing in the file can end the read or swallow the
// rows after it. Line by line, it passes on every line as it is, except:
// - a line longer than the row limit: dropped (only its length is kept, the file is never buffered whole) and passed
//   on as an empty line; Sep's own limit (16 Mi characters, NotSupportedException) is never reached;
// - a quote that opens a field spanning lines: passed on as it is when the quote closes within the row limit and the
//   joined row is as wide as the header (a real multi-line value); otherwise the quote is stray: its line is passed
//   on without its quote characters and the lines it would have swallowed are read as rows of their own. At the end
//   of the file an open quote is a truncated row: its line is passed on as an empty line;
// - NUL in the first block of text: the file is binary (or UTF-16 without a byte order mark) and nothing is passed on.
// Every such event is kept with its line (numbered as Sep numbers them), for the reader to report and count. Empty
// lines keep Sep's line numbers aligned with the file's.
internal sealed class CsvLineGuard(TextReader inner, int maxRowCharacters) : TextReader
{
    public enum Kind
    {
        // A line longer than the limit; Length is its length in characters, Column the cell where the limit fell.
        TooLong,

        // A quote that does not close on its line and cannot open a multi-line value; its line is read without quotes.
        StrayQuote,

        // A quote still open at the end of the file; its line is not read.
        UnterminatedQuote,

        // NUL characters in the text: not a text file.
        Binary,
    }

    // What happened at Line; Column is the 0-based cell; Until the last line a quote would have swallowed (before Line:
    // the line of the stray quote this one closes).
    public readonly record struct Event(Kind Kind, long Line, int Column, long Length, long Until);

    // The longest line (or quoted row) kept, in characters: one more is too long. The buffers come from the pool and
    // grow to it only for a long row (speed: most files are small and their rows short).
    private readonly int _max = Math.Max(maxRowCharacters, 1024) + 1;
    private char[] _in = ArrayPool<char>.Shared.Rent(Math.Min(Math.Max(maxRowCharacters, 1024) + 2, 1 << 16));
    private int _start;
    private int _end;
    private bool _eof;
    private bool _checkedBinary;
    private long _line = 1;
    private int _headerWidth = -1;

    // The line whose quote closed the last stray quote, and the line that quote opened on.
    private (long Line, long Opened) _strayClose = (-1, -1);

    private char[] _out = ArrayPool<char>.Shared.Rent(1 << 16);
    private int _outStart;
    private int _outEnd;

    public List<Event> Events { get; } = [];

    // The number of cells of the first row (the header), once read.
    public int HeaderWidth => _headerWidth;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (_outStart == _outEnd)
        {
            if (!Produce())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer);
        _outStart += n;
        return n;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            ArrayPool<char>.Shared.Return(_in);
            ArrayPool<char>.Shared.Return(_out);
            _in = _out = [];
        }

        base.Dispose(disposing);
    }

    // Fills the output with the next complete lines; false at the end of the text.
    private bool Produce()
    {
        _outStart = _outEnd = 0;
        while (true)
        {
            Lines();
            if (_outEnd > 0)
            {
                return true;
            }

            if (_eof)
            {
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _in.AsSpan(_start, _end - _start).CopyTo(_in);
            _end -= _start;
            _start = 0;
        }

        if (_end == _in.Length && _in.Length <= _max)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Min(_in.Length * 2, _max + 1));
            _in.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_in);
            _in = larger;
        }

        // A buffer still full holds a row as long as the limit: Lines handles it without more text.
        if (_end < _in.Length)
        {
            var n = inner.Read(_in, _end, _in.Length - _end);
            _eof |= n == 0;
            _end += n;
        }

        if (!_checkedBinary && (_end >= 4096 || _end == _in.Length || _eof))
        {
            _checkedBinary = true;
            // The first 4,096 characters, as documented: the first fill may hold 64 Ki, and a NUL far into a text file
            // (a damaged block) is a finding for its row, not a reason to lose every row of the file.
            if (_in.AsSpan(0, Math.Min(_end, 4096)).Contains('\0'))
            {
                Events.Add(new Event(Kind.Binary, 1, 0, 0, 0));
                _start = _end = 0;
                _eof = true;
            }
        }
    }

    // Passes on the complete lines (and rows) in the buffer; leaves an incomplete one for the next fill.
    private void Lines()
    {
        if (!_checkedBinary && !_eof)
        {
            return;
        }

        // Lines that need nothing done are passed on in one copy. Speed: this runs for every line of every file.
        var run = _start;
        while (_start < _end)
        {
            var (length, terminator, complete) = LineAt(_start);
            if (!complete)
            {
                Flush(run);
                if (_end - _start >= _max)
                {
                    SkipLongLine();
                }

                return;
            }

            var line = _in.AsSpan(_start, length);
            if (length >= _max)
            {
                // Too long, though the pooled buffer held it whole.
                Flush(run);
                Events.Add(new Event(Kind.TooLong, _line, Cells(line[.._max]) - 1, length, _line));
                Emit(_start + length, terminator);
                _start += length + terminator;
                _line++;
                run = _start;
                continue;
            }

            if (line.Count('"') % 2 == 0)
            {
                if (_headerWidth < 0)
                {
                    _headerWidth = Cells(line);
                }

                _start += length + terminator;
                _line++;
                continue;
            }

            Flush(run);
            if (_line == _strayClose.Line)
            {
                // The quote that closed a stray one: stray too.
                Events.Add(new Event(Kind.StrayQuote, _line, OpenQuoteColumn(line), 0, _strayClose.Opened));
                EmitWithoutQuotes(_start, length, terminator);
                _start += length + terminator;
                _line++;
                run = _start;
                continue;
            }

            if (!QuotedRow())
            {
                return;
            }

            run = _start;
        }

        Flush(run);
    }

    private void Flush(int run)
    {
        if (_start > run)
        {
            Emit(run, _start - run);
        }
    }

    // A line whose quotes do not pair: a row that spans lines, or a stray quote. False when more text is needed.
    private bool QuotedRow()
    {
        var at = _start;
        var lines = 0;
        var quotes = 0;
        while (true)
        {
            var (length, terminator, complete) = LineAt(at);
            if (!complete)
            {
                if (!_eof && _end - _start < _max)
                {
                    return false;
                }

                // The quote is still open at the end of the file, or after as much text as a row may hold.
                var first = LineAt(_start);
                var column = OpenQuoteColumn(_in.AsSpan(_start, first.Length));
                if (_eof && _end - _start < _max)
                {
                    Events.Add(new Event(Kind.UnterminatedQuote, _line, column, 0, _line + lines - 1));
                    EmitNewLine();
                }
                else
                {
                    Events.Add(new Event(Kind.StrayQuote, _line, column, 0, _line + lines - 1));
                    EmitWithoutQuotes(_start, first.Length, first.Terminator);
                }

                _start += first.Length + first.Terminator;
                _line++;
                return true;
            }

            quotes += _in.AsSpan(at, length).Count('"');
            lines++;
            at += length + terminator;
            if (quotes % 2 == 0)
            {
                var row = _in.AsSpan(_start, at - _start);
                if (row.Length <= _max && (_headerWidth < 0 || Cells(row) == _headerWidth))
                {
                    _headerWidth = _headerWidth < 0 ? Cells(row) : _headerWidth;
                    Emit(_start, at - _start);
                    _start = at;
                    _line += lines;
                    return true;
                }

                var first = LineAt(_start);
                Events.Add(new Event(Kind.StrayQuote, _line, OpenQuoteColumn(_in.AsSpan(_start, first.Length)), 0, _line + lines - 1));
                _strayClose = (_line + lines - 1, _line);
                EmitWithoutQuotes(_start, first.Length, first.Terminator);
                _start += first.Length + first.Terminator;
                _line++;
                return true;
            }
        }
    }

    // Drops a line longer than the buffer, reading on to its end without keeping it.
    private void SkipLongLine()
    {
        var column = Cells(_in.AsSpan(_start, _end - _start)) - 1;
        long length = 0;
        while (true)
        {
            var text = _in.AsSpan(_start, _end - _start);
            var nl = text.IndexOfAny('\n', '\r');
            if (nl >= 0)
            {
                length += nl;
                _start += nl;
                if (_start + 1 == _end && _in[_start] == '\r' && !_eof)
                {
                    // The LF of a CR LF may be in the next block.
                    Fill();
                }

                break;
            }

            length += text.Length;
            _start = _end = 0;
            if (_eof)
            {
                break;
            }

            Fill();
            if (_end == 0)
            {
                break;
            }
        }

        Events.Add(new Event(Kind.TooLong, _line, column, length, _line));
        if (_start < _end)
        {
            // Leave the terminator: an empty line in place of the long one. A CR at the end of the buffer may be
            // the first half of CR LF; either way the next line starts after it.
            var (_, terminator, _) = LineAt(_start);
            Emit(_start, terminator);
            _start += terminator;
        }

        _line++;
    }

    // The line at a position: its length, its terminator's (0 at the end of the file), and whether it is complete.
    private (int Length, int Terminator, bool Complete) LineAt(int at)
    {
        var text = _in.AsSpan(at, _end - at);
        var nl = text.IndexOfAny('\n', '\r');
        if (nl < 0)
        {
            return (text.Length, 0, _eof && text.Length > 0);
        }

        if (text[nl] == '\r')
        {
            if (nl + 1 < text.Length)
            {
                return (nl, text[nl + 1] == '\n' ? 2 : 1, true);
            }

            // A CR at the end of the buffer: the LF may follow.
            return (nl, 1, _eof);
        }

        return (nl, 1, true);
    }

    private void Emit(int from, int length)
    {
        Reserve(length);
        _in.AsSpan(from, length).CopyTo(_out.AsSpan(_outEnd));
        _outEnd += length;
    }

    private void EmitNewLine()
    {
        Reserve(1);
        _out[_outEnd++] = '\n';
    }

    private void EmitWithoutQuotes(int from, int length, int terminator)
    {
        Reserve(length + terminator);
        foreach (var c in _in.AsSpan(from, length + terminator))
        {
            if (c != '"')
            {
                _out[_outEnd++] = c;
            }
        }

        if (terminator == 0)
        {
            _out[_outEnd++] = '\n';
        }
    }

    private void Reserve(int length)
    {
        if (_outEnd + length + 1 > _out.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_out.Length * 2, _outEnd + length + 1));
            _out.AsSpan(0, _outEnd).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_out);
            _out = larger;
        }
    }

    // The cells of a row: commas outside quotes, plus one.
    private static int Cells(ReadOnlySpan<char> row)
    {
        if (!row.Contains('"'))
        {
            return row.Count(',') + 1;
        }

        var cells = 1;
        var quoted = false;
        foreach (var c in row)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells++;
            }
        }

        return cells;
    }

    // The 0-based cell in which the last unpaired quote of a line opens.
    private static int OpenQuoteColumn(ReadOnlySpan<char> line)
    {
        var cell = 0;
        var openedIn = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                if (quoted)
                {
                    openedIn = cell;
                }
            }
            else if (c == ',' && !quoted)
            {
                cell++;
            }
        }

        return openedIn;
    }
}
