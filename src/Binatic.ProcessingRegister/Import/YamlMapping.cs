using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Binatic.ProcessingRegister.Import;

/// <summary>A mapping of the register an import writes, its keys in the order added, with comment lines among them.</summary>
internal sealed class YamlMapping : YamlTree
{
    private readonly List<(string? Key, YamlTree? Value, string? Comment)> _entries = [];

    /// <inheritdoc/>
    public override bool IsEmpty => !_entries.Any(entry => entry.Key is not null);

    /// <summary>Gets a value indicating whether <paramref name="key"/> has been added.</summary>
    public bool Has(string key) => _entries.Any(entry => entry.Key == key);

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>.</summary>
    public YamlMapping Add(string key, YamlTree value)
    {
        _entries.Add((key, value, null));
        return this;
    }

    /// <summary>Adds <paramref name="key"/> with a text from the spreadsheet, when there is one.</summary>
    public YamlMapping AddText(string key, string? value) => value is null ? this : Add(key, Text(value));

    /// <summary>Adds the keys and comments of <paramref name="other"/> after these.</summary>
    public YamlMapping Append(YamlMapping other)
    {
        _entries.AddRange(other._entries);
        return this;
    }

    /// <summary>Adds a comment line (or lines) before the next key.</summary>
    public YamlMapping Comment(string text)
    {
        _entries.Add((null, null, text));
        return this;
    }

    internal override void Emit(IEmitter emitter)
    {
        if (IsEmpty)
        {
            emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
            emitter.Emit(new MappingEnd());
            return;
        }

        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        foreach (var (key, value, comment) in _entries)
        {
            if (comment is not null)
            {
                EmitComment(emitter, comment);
                continue;
            }

            // An empty mapping is written as {}, so its comments go before its key.
            if (value is YamlMapping { IsEmpty: true } empty)
            {
                foreach (var line in empty._entries)
                {
                    EmitComment(emitter, line.Comment!);
                }
            }

            emitter.Emit(new YamlDotNet.Core.Events.Scalar(key!));
            value!.Emit(emitter);
        }

        emitter.Emit(new MappingEnd());
    }
}
