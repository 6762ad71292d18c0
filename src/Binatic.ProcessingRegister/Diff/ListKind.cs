namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The lists that <see cref="RegisterDiff.Compare(Model.Register, Model.Register)"/> compares, in the order a reviewer is shown them; the kind of a
/// <see cref="ListChange"/>.
/// </summary>
public enum ListKind
{
    /// <summary>An activity's purposes (Art. 30(1)(b)).</summary>
    Purposes,

    /// <summary>An activity's data categories (Art. 30(1)(c)).</summary>
    DataCategories,

    /// <summary>An activity's categories of data subjects (Art. 30(1)(c)).</summary>
    DataSubjects,

    /// <summary>An activity's legal bases (Art. 6(1)).</summary>
    LegalBases,

    /// <summary>Recipients (Art. 30(1)(d)), of an activity or of the register.</summary>
    Recipients,

    /// <summary>Transfers to third countries or international organisations (Art. 30(1)(e)), of an activity or of the register.</summary>
    Transfers,

    /// <summary>An activity's retention rules (Art. 30(1)(f)).</summary>
    Retention,

    /// <summary>The register's processors.</summary>
    Processors,

    /// <summary>The register's technical and organisational security measures (Art. 30(1)(g)).</summary>
    SecurityMeasures,
}
