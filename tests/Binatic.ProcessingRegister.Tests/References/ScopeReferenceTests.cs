using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.References;

/// <summary>
/// The references that narrow a statement to part of the register: the special categories an Art. 9(2) condition
/// covers, and the activities a data-subject right applies to.
/// </summary>
public sealed class ScopeReferenceTests
{
    [Fact]
    public void A_condition_loads_with_the_special_categories_it_covers()
    {
        var register = RegisterLoader.LoadFile(Fixture.Path("scoped-condition-and-right.yaml")).GetRegisterOrThrow();

        Assert.Equal(["sick-leave"], register.Activities[0].SpecialCategoryConditions[0].DataCategories);
    }

    [Fact]
    public void A_right_loads_with_the_activities_it_applies_to_and_without_them_when_it_names_none()
    {
        var rights = RegisterLoader.LoadFile(Fixture.Path("scoped-condition-and-right.yaml")).GetRegisterOrThrow().DataSubjectRights!.Rights;

        Assert.Equal((["absence"], 0), (rights[0].Activities, rights[1].Activities.Count));
    }

    [Theory]
    [InlineData("condition-unknown-category.yaml", DiagnosticIds.UnknownReference, "/activities/0/specialCategoryConditions/0/dataCategories/0", "No data category has the id 'sick-leav'; define it under dataCategories or correct the reference (did you mean 'sick-leave'?)")]
    [InlineData("condition-category-outside-activity.yaml", DiagnosticIds.ConditionCategoryOutOfScope, "/activities/0/specialCategoryConditions/0/dataCategories/0", "The Art. 9(2) condition of 'Absence management' names the data category 'union', which the activity does not process; name one of the activity's special categories, or add 'union' to its 'dataCategories' (its special categories: sick-leave).")]
    [InlineData("condition-category-not-special.yaml", DiagnosticIds.ConditionCategoryOutOfScope, "/activities/0/specialCategoryConditions/0/dataCategories/1", "The Art. 9(2) condition of 'Absence management' names the data category 'name', which is not a special category of data; remove it from the condition, or give the category its 'specialCategory' if it is one (Art. 9(1)).")]
    [InlineData("right-unknown-activity.yaml", DiagnosticIds.UnknownReference, "/dataSubjectRights/rights/0/activities/0", "No processing activity has the id 'webshop-order'; define it under activities or correct the reference (did you mean 'webshop-orders'?)")]
    public void A_condition_s_category_or_a_right_s_activity_outside_its_scope_is_an_error_at_the_reference(string fixture, string id, string at, string message)
    {
        var finding = Assert.Single(RegisterLoader.LoadFile(Fixture.Path(fixture)).Diagnostics);

        Assert.Equal((id, DiagnosticSeverity.Error, at, message), (finding.RuleId, finding.Severity, finding.JsonPointer, finding.Message));
    }
}
