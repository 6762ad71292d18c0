namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// How often a transfer to a third country takes place; Art. 49 derogations suit only occasional transfers (EDPB
/// Guidelines 2/2018).
/// </summary>
public enum TransferFrequency
{
    /// <summary>
    /// Now and then, outside the regular course of business. Written <c>occasional</c> in a register.
    /// </summary>
    Occasional,

    /// <summary>
    /// Regularly or continuously. Written <c>regular</c> in a register.
    /// </summary>
    Regular,
}
