namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Which record of processing activities a register keeps (Art. 30): a controller's, a processor's, or both.
/// </summary>
public enum RegisterRole
{
    /// <summary>
    /// The record of a controller's own processing activities (Art. 30(1)); the default. Written <c>controller</c> in
    /// a register.
    /// </summary>
    Controller,

    /// <summary>
    /// The record a processor keeps of the processing it carries out on behalf of controllers (Art. 30(2)), held in
    /// <see cref="Register.ProcessorRecord"/>. Written <c>processor</c> in a register.
    /// </summary>
    Processor,

    /// <summary>
    /// Both records, kept by an organisation that is a controller of its own processing and a processor for its
    /// clients, such as a software company that hosts its clients' systems. Written <c>controllerAndProcessor</c> in
    /// a register.
    /// </summary>
    ControllerAndProcessor,
}
