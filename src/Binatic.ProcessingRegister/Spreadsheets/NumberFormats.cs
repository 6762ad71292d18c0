namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Tells which of a workbook's number formats show a number as a date, so that its serial dates can be flagged.</summary>
internal static class NumberFormats
{
    /// <summary>
    /// Gets a value indicating whether the built-in format <paramref name="id"/> is a date or time: 14-22 (<c>m/d/yyyy</c>,
    /// <c>d-mmm-yy</c>, <c>h:mm</c>, …) and 45-47 (<c>mm:ss</c>, <c>[h]:mm:ss</c>, <c>mmss.0</c>), as ECMA-376 part 1,
    /// 18.8.30 lists them.
    /// </summary>
    /// <param name="id">The number format's id.</param>
    public static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 45 and <= 47);

    /// <summary>
    /// Gets a value indicating whether the custom format code <paramref name="code"/> shows a date or time: it holds
    /// <c>d</c>, <c>m</c>, <c>y</c>, <c>h</c> or <c>s</c> outside quoted text, escaped characters and brackets (colours
    /// and locales such as <c>[Red]</c> and <c>[$-413]</c>; but <c>[h]</c>, <c>[mm]</c> and <c>[ss]</c> are elapsed time).
    /// </summary>
    /// <param name="code">The format code, such as <c>dd-mm-jjjj</c> as Dutch Excel shows it, stored as <c>dd-mm-yyyy</c>.</param>
    public static bool IsDate(string code)
    {
        // Only the first section counts: the one positive numbers, and so serial dates, are shown with.
        var inQuotes = false;
        for (var index = 0; index < code.Length; index++)
        {
            var character = code[index];
            if (inQuotes)
            {
                inQuotes = character != '"';
                continue;
            }

            switch (character)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '\\' or '_' or '*':
                    // An escaped character, a space as wide as the next one, or the next one repeated to fill the cell.
                    index++;
                    break;
                case ';':
                    return false;
                case '[':
                    var end = code.IndexOf(']', index);
                    if (end < 0)
                    {
                        return false;
                    }

                    var inside = code.AsSpan(index + 1, end - index - 1);
                    if (inside.Length > 0 && inside.Trim("hHmMsS").IsEmpty)
                    {
                        return true;
                    }

                    index = end;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
