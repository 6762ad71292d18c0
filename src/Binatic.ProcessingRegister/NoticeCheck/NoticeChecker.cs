using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// Compares a published privacy notice (plain text, Markdown or HTML; Dutch or English) with the register it should
/// agree with, and reports what one states and the other does not (RPR200–RPR205).
/// </summary>
/// <remarks>
/// <para>Matching is by the register's own words: the names of data categories, recipients and processors, the
/// purposes, the countries of transfers (by their Dutch and English names), the safeguards and rights (by their
/// descriptions in the register and their usual names), and retention periods (written as "7 jaar", "four weeks").
/// Case, accents, punctuation, white space and simple Dutch and English plurals do not count.</para>
/// <para>A finding about a passage of the notice is placed at its line and column in the notice; a finding about an
/// entry of the register that the notice does not mention is placed at the entry in the register, with its JSON
/// Pointer. Passages that mention nothing of the register are listed once, as information: the check cannot judge
/// them. Legal bases, sources, security measures and contact details are not compared.</para>
/// <para>The notice is read as text only: nothing is fetched and no script runs. A notice longer than
/// <see cref="MaxNoticeLength"/> characters is not compared, and only its first 20,000 passages are.</para>
/// </remarks>
public static class NoticeChecker
{
    /// <summary>The longest notice compared, in characters; a real notice is some tens of thousands.</summary>
    public const int MaxNoticeLength = 2_000_000;

    private const int MaxPassages = 20_000;
    private const int LinesListed = 25;

    // Word starts, folded as passages are ("bewaren" is "bewar"), each after a space.
    private static readonly string[] RetentionWords =
        [.. new[] { "bewaar", "bewaren", "bewaard", "vernietig", "retention", "retain", "kept", "keep", "stored", "store" }.Select(word => FoldedText.Phrase(word)![..^1])];

    private static readonly Lazy<(CountryName Country, (string Name, string Form)[] Names)[]> FoldedCountries = new(() =>
        [.. CountryNames.All.Select(country => (country, country.Names.Select(name => (name, FoldedText.Phrase(name))).Where(n => n.Item2 is not null).Select(n => (n.name, n.Item2!)).ToArray()))]);

    /// <summary>
    /// Compares <paramref name="notice"/> with the register of <paramref name="loaded"/> and returns what disagrees,
    /// ordered by place: the notice's findings first, then the register's. Messages are in the register's language;
    /// <see cref="Diagnostic.In"/> gives them in the other.
    /// </summary>
    /// <param name="loaded">The register, as <see cref="RegisterLoader"/> loaded it, so that findings about it are placed at their line.</param>
    /// <param name="notice">The notice's text.</param>
    /// <param name="noticeFile">
    /// The notice's display name; its extension chooses how the text is read (<c>.md</c> Markdown, <c>.html</c> or
    /// <c>.htm</c> HTML, anything else plain text).
    /// </param>
    /// <returns>The findings; the loader's own findings when the register did not load.</returns>
    /// <example>
    /// <code>
    /// var loaded = RegisterLoader.LoadFile("registers/binatic.yaml");
    /// var notice = File.ReadAllText("privacy.txt");
    /// foreach (var finding in NoticeChecker.Check(loaded, notice, "privacy.txt")) Console.WriteLine(finding);
    /// </code>
    /// </example>
    public static IReadOnlyList<Diagnostic> Check(LoadResult loaded, string notice, string noticeFile)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(noticeFile);
        if (loaded.Register is not { } register)
        {
            return loaded.Diagnostics;
        }

        var language = register.Info.Language;
        if (notice.Length > MaxNoticeLength)
        {
            return [new Diagnostic(DiagnosticIds.NoticeUnreadable, DiagnosticSeverity.Error, NoticeMessages.TooLarge.With(("limit", MaxNoticeLength)), SourceLocation.StartOfFile(noticeFile), string.Empty, language)];
        }

        try
        {
            return new Comparison(register, loaded.Map, notice, noticeFile).Run();
        }
        catch (RegexMatchTimeoutException)
        {
            return [new Diagnostic(DiagnosticIds.NoticeUnreadable, DiagnosticSeverity.Error, NoticeMessages.TooLarge.With(("limit", MaxNoticeLength)), SourceLocation.StartOfFile(noticeFile), string.Empty, language)];
        }
    }

    private sealed class Comparison(Register register, SourceMap? map, string notice, string noticeFile)
    {
        private readonly RegisterLanguage _language = register.Info.Language;
        private readonly SourceLines _lines = new(notice);
        private readonly RegisterTerms _terms = new(register, map);
        private readonly List<Diagnostic> _inNotice = [];
        private readonly List<Diagnostic> _inRegister = [];

        public List<Diagnostic> Run()
        {
            var read = NoticeReader.Read(notice, noticeFile, MaxPassages);
            var passages = read.Passages;
            if (read.Truncated)
            {
                _inNotice.Add(new Diagnostic(DiagnosticIds.NoticeUnreadable, DiagnosticSeverity.Error, NoticeMessages.TooManyPassages.With(("limit", MaxPassages)), SourceLocation.StartOfFile(noticeFile), string.Empty, _language));
            }

            var otherText = string.Join('\n', _terms.Other);
            var mentions = passages.Select(passage => _terms.Typed.Select(term => (Term: term, At: term.FindIn(passage))).Where(m => m.At >= 0).ToList()).ToList();
            var noticePeriods = new HashSet<NoticePeriod>();
            var retentionStated = false;
            var unjudged = new List<NoticePassage>();
            for (var p = 0; p < passages.Count; p++)
            {
                var passage = passages[p];
                var aboutRetention = RetentionWords.Any(word => passage.Folded.Value.Contains(word, StringComparison.Ordinal));
                var mentionsSomething = mentions[p].Count > 0
                    || _terms.Other.Any(form => passage.Folded.Value.Contains(form, StringComparison.Ordinal))
                    || (passage.Folded.Value.Length > 3 && otherText.Contains(passage.Folded.Value.Trim(), StringComparison.Ordinal));
                mentionsSomething |= PrivacyShield(passage);
                mentionsSomething |= Countries(passage);
                mentionsSomething |= Safeguards(passage);
                foreach (var (period, index, length) in NoticePeriod.In(passage.Text))
                {
                    mentionsSomething = true;
                    noticePeriods.Add(period);
                    retentionStated |= aboutRetention;
                    if (!_terms.KnownPeriods.Contains(period))
                    {
                        var template = aboutRetention ? NoticeMessages.RetentionNotInRegister : NoticeMessages.PeriodNotInRegister;
                        Report(DiagnosticIds.NoticeItemNotInRegister, DiagnosticSeverity.Warning, template.With(("period", passage.Text.Substring(index, length))), passage, index, length);
                    }
                }

                if (!mentionsSomething && passage.Kind != PassageKind.Heading && passage.Folded.Words >= 4 && !passage.Text.TrimEnd(' ', '\t', '*', '_').EndsWith(':'))
                {
                    unjudged.Add(passage);
                }
            }

            Lists(passages, mentions);
            Omissions(passages, mentions, noticePeriods);
            NoRetention(passages, retentionStated);
            NotJudged(unjudged);
            return
            [
                .. _inNotice.OrderBy(d => d.Line).ThenBy(d => d.Column),
                .. _inRegister.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.JsonPointer, StringComparer.Ordinal),
            ];
        }

        private bool PrivacyShield(NoticePassage passage)
        {
            foreach (var name in RegisterTerms.NamesOf(SafeguardType.EuUsPrivacyShield))
            {
                if (passage.Folded.Find(name) is var at and >= 0)
                {
                    Report(DiagnosticIds.NoticeInvalidSafeguard, DiagnosticSeverity.Error, NoticeMessages.PrivacyShield.With(("date", GdprFacts.PrivacyShieldInvalidated)), passage, at, name.Length - 1);
                    return true;
                }
            }

            return false;
        }

        private bool Countries(NoticePassage passage)
        {
            var mentioned = false;
            foreach (var (country, names) in FoldedCountries.Value)
            {
                foreach (var (name, form) in names)
                {
                    if (passage.Folded.Find(form) is var at and >= 0)
                    {
                        mentioned = true;
                        if (!GdprFacts.IsInEea(country.Code) && !_terms.KnownCountries.Contains(country.Code))
                        {
                            Report(DiagnosticIds.NoticeItemNotInRegister, DiagnosticSeverity.Warning, NoticeMessages.CountryNotInRegister.With(("country", name)), passage, at, name.Length);
                        }

                        break;
                    }
                }
            }

            return mentioned;
        }

        private bool Safeguards(NoticePassage passage)
        {
            var mentioned = false;
            foreach (var type in (SafeguardType[])[SafeguardType.StandardContractualClauses, SafeguardType.BindingCorporateRules])
            {
                foreach (var name in RegisterTerms.NamesOf(type))
                {
                    if (passage.Folded.Find(name) is var at and >= 0)
                    {
                        mentioned = true;
                        if (!_terms.KnownSafeguards.Contains(type))
                        {
                            Report(DiagnosticIds.NoticeItemNotInRegister, DiagnosticSeverity.Warning, NoticeMessages.SafeguardNotInRegister.With(("safeguard", passage.Text.Substring(at, Math.Min(name.Length - 1, passage.Text.Length - at)))), passage, at, name.Length - 1);
                        }

                        break;
                    }
                }
            }

            return mentioned;
        }

        // A list whose items the register holds as one kind (data categories, purposes, recipients): an item of it the
        // register does not hold is most likely one the register lacks.
        private void Lists(List<NoticePassage> passages, List<List<(RegisterTerm Term, int At)>> mentions)
        {
            TermKind[] listKinds = [TermKind.DataCategory, TermKind.Purpose, TermKind.Recipient];
            foreach (var list in Enumerable.Range(0, passages.Count).Where(p => passages[p].Kind == PassageKind.Bullet).GroupBy(p => passages[p].List))
            {
                var items = list.ToList();
                if (items.Count < 2)
                {
                    continue;
                }

                var kinds = items.Select(p => listKinds.Where(kind => Holds(passages[p], mentions[p], kind)).ToHashSet()).ToList();
                var common = listKinds.Select(kind => (Kind: kind, Count: kinds.Count(k => k.Contains(kind)))).MaxBy(k => k.Count);
                if (common.Count < 2 || common.Count * 2 < items.Count)
                {
                    continue;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (!kinds[i].Contains(common.Kind))
                    {
                        var passage = passages[items[i]];
                        var item = passage.Text.Trim().TrimEnd(';', '.', ',', ':').Trim();
                        var start = passage.Text.IndexOf(item, StringComparison.Ordinal);
                        Report(DiagnosticIds.NoticeItemNotInRegister, DiagnosticSeverity.Warning, NoticeMessages.ListedNotInRegister.With(("item", item), ("what", NoticeMessages.Among(common.Kind)), ("article", NoticeMessages.Article(common.Kind))), passage, Math.Max(start, 0), item.Length);
                    }
                }
            }
        }

        private bool Holds(NoticePassage passage, List<(RegisterTerm Term, int At)> mentioned, TermKind kind)
        {
            if (mentioned.Any(m => m.Term.Kind == kind))
            {
                return true;
            }

            // An item shorter than the register's words for it ("telefoonnummer" for "(mobiele) telefoonnummer").
            var folded = passage.Folded.Value;
            return folded.Length > 3 && _terms.Typed.Any(term => term.Kind == kind && term.Forms.Any(form => form.Contains(folded, StringComparison.Ordinal)));
        }

        private void Omissions(List<NoticePassage> passages, List<List<(RegisterTerm Term, int At)>> mentions, HashSet<NoticePeriod> noticePeriods)
        {
            var mentioned = mentions.SelectMany(m => m.Select(x => x.Term)).ToHashSet();
            foreach (var term in _terms.Typed)
            {
                var found = term.Kind == TermKind.Retention ? term.Periods.All(noticePeriods.Contains) : mentioned.Contains(term);
                if (found)
                {
                    continue;
                }

                // The passage that names most others of the kind is where the notice lists them, and where this one would be.
                var near = Enumerable.Range(0, passages.Count)
                    .Select(p => (Passage: p, Count: mentions[p].Count(m => m.Term.Kind == term.Kind)))
                    .Where(p => p.Count > 0)
                    .OrderByDescending(p => p.Count)
                    .Select(p => p.Passage)
                    .FirstOrDefault(-1);
                var message = near < 0
                    ? NoticeMessages.Omitted.With(("what", NoticeMessages.What(term.Kind)), ("item", term.Item), ("article", NoticeMessages.Article(term.Kind)))
                    : NoticeMessages.OmittedNear.With(("what", NoticeMessages.What(term.Kind)), ("item", term.Item), ("article", NoticeMessages.Article(term.Kind)), ("line", _lines.At(passages[near].OffsetAt(mentions[near].First(m => m.Term.Kind == term.Kind).At)).Line));
                _inRegister.Add(new Diagnostic(DiagnosticIds.NoticeOmitsRegisterItem, DiagnosticSeverity.Warning, message, Locate(term.Pointer), term.Pointer, _language));
            }
        }

        private void NoRetention(List<NoticePassage> passages, bool retentionStated)
        {
            var without = register.Activities.Where(a => !a.Retention.Any(rule => rule.Period is not null || rule.IsPermanent)).ToList();
            if (without.Count == 0 || retentionStated)
            {
                return;
            }

            var message = NoticeMessages.NoRetention.With(("count", without.Count), ("activities", MessageText.Join(", ", without.Select(a => (object?)a.Name))));
            // At the notice's section on retention, where the period is missing; else at its first word on keeping data.
            var about = passages.Where(p => RetentionWords.Any(word => p.Folded.Value.Contains(word, StringComparison.Ordinal))).ToList();
            var heading = about.FirstOrDefault(p => p.Kind == PassageKind.Heading) ?? about.FirstOrDefault();
            if (heading is not null)
            {
                Report(DiagnosticIds.NoticeNoRetentionPeriod, DiagnosticSeverity.Warning, message, heading, 0, heading.Text.TrimEnd().Length);
            }
            else
            {
                var pointer = $"/activities/{Enumerable.Range(0, register.Activities.Count).First(a => register.Activities[a] == without[0])}";
                _inRegister.Add(new Diagnostic(DiagnosticIds.NoticeNoRetentionPeriod, DiagnosticSeverity.Warning, message, Locate(pointer), pointer, _language));
            }
        }

        private void NotJudged(List<NoticePassage> unjudged)
        {
            if (unjudged.Count == 0)
            {
                return;
            }

            var lines = unjudged.Select(p => _lines.At(p.OffsetAt(0)).Line).Distinct().ToList();
            var listed = new StringBuilder(string.Join(", ", lines.Take(LinesListed).Select(line => line.ToString(CultureInfo.InvariantCulture))));
            if (lines.Count > LinesListed)
            {
                listed.Append(", …");
            }

            Report(DiagnosticIds.NoticeNotJudged, DiagnosticSeverity.Info, NoticeMessages.NotJudged.With(("count", unjudged.Count), ("lines", MessageText.Join(string.Empty, [listed.ToString()]))), unjudged[0], 0, unjudged[0].Text.TrimEnd().Length);
        }

        private void Report(string id, DiagnosticSeverity severity, MessageText message, NoticePassage passage, int index, int length)
        {
            var (line, column) = _lines.At(passage.OffsetAt(index));
            var (endLine, endColumn) = _lines.At(passage.OffsetAt(index + Math.Max(length, 1) - 1) + 1);
            _inNotice.Add(new Diagnostic(id, severity, message, new SourceLocation(noticeFile, line, column, endLine, endColumn), string.Empty, _language));
        }

        private SourceLocation Locate(string pointer) => map?.Locate(pointer) ?? SourceLocation.WholeFile("register");
    }
}
