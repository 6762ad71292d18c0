using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises how far a data protection impact assessment (Art. 35) has come, as the ICO template's progress column
/// says it, in English, Dutch and French: not started, in progress or completed. A date in that column is read by the
/// caller, as the day the assessment was completed.
/// </summary>
internal static class DpiaProgressRecogniser
{
    private static readonly PhraseTable<DpiaStatus> Phrases = new(
    [
        ("not started", DpiaStatus.Required),
        ("not yet started", DpiaStatus.Required),
        ("to do", DpiaStatus.Required),
        ("planned", DpiaStatus.Required),
        ("niet gestart", DpiaStatus.Required),
        ("nog niet gestart", DpiaStatus.Required),
        ("gepland", DpiaStatus.Required),
        ("non commencee", DpiaStatus.Required),
        ("a faire", DpiaStatus.Required),
        ("in progress", DpiaStatus.InProgress),
        ("ongoing", DpiaStatus.InProgress),
        ("underway", DpiaStatus.InProgress),
        ("started", DpiaStatus.InProgress),
        ("lopend", DpiaStatus.InProgress),
        ("loopt", DpiaStatus.InProgress),
        ("in uitvoering", DpiaStatus.InProgress),
        ("gestart", DpiaStatus.InProgress),
        ("en cours", DpiaStatus.InProgress),
        ("completed", DpiaStatus.Completed),
        ("complete", DpiaStatus.Completed),
        ("done", DpiaStatus.Completed),
        ("finished", DpiaStatus.Completed),
        ("afgerond", DpiaStatus.Completed),
        ("gereed", DpiaStatus.Completed),
        ("uitgevoerd", DpiaStatus.Completed),
        ("terminee", DpiaStatus.Completed),
        ("realisee", DpiaStatus.Completed),
    ]);

    /// <summary>Recognises the one stage <paramref name="text"/> names.</summary>
    /// <param name="text">The text.</param>
    /// <returns>
    /// <see cref="DpiaStatus.Required"/> for an assessment not yet started, <see cref="DpiaStatus.InProgress"/> or
    /// <see cref="DpiaStatus.Completed"/>; <see langword="null"/> when the text names none, or more than one.
    /// </returns>
    public static DpiaStatus? Recognise(string text) =>

        // Phrases are matched longest first from the left, so "not started" is one phrase, not "started".
        Phrases.Values(text) is [var stage] ? stage : null;
}
