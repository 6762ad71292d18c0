namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// One GDPR rule: a small class with a descriptor and one method that inspects the model and yields findings.
/// Rules are stateless and are discovered by <see cref="RuleCatalogue"/>; adding a rule means adding a class.
/// </summary>
internal abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract IEnumerable<Finding> Check(RuleContext context);
}
